"""The production cache backend against the real Redis server (REDIS_URL, else localhost)."""

import os
import threading
import uuid

import pytest
from helder.redis_cache import RedisCache

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_cache():
    backend = RedisCache(REDIS_URL, {"KEY_PREFIX": f"helder-test-{uuid.uuid4().hex}"})
    yield backend
    backend.clear()


def test_values_round_trip_through_redis(redis_cache):
    redis_cache.set("page", {"html": "<p>Hallo</p>"}, timeout=60)
    assert redis_cache.get("page") == {"html": "<p>Hallo</p>"}
    assert redis_cache.add("page", "other") is False
    redis_cache.delete("page")
    assert redis_cache.get("page") is None


def test_counters_count_and_missing_counters_raise(redis_cache):
    # The letter service's rate limit counts on incr() and starts a window on ValueError.
    with pytest.raises(ValueError):
        redis_cache.incr("count")
    assert redis_cache.add("count", 1, timeout=60)
    assert redis_cache.incr("count") == 2


def test_one_client_serves_many_threads(redis_cache):
    errors = []

    def work(number):
        try:
            for i in range(50):
                redis_cache.set(f"t{number}-{i}", i)
                assert redis_cache.get(f"t{number}-{i}") == i
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert redis_cache._cache.get_client() is redis_cache._cache.get_client()
