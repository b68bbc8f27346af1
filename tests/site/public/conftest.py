import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Page cache, glossary cache and rate-limit counters start empty in every test."""
    cache.clear()
    yield
    cache.clear()
