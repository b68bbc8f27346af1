"""Process-local memos that every worker drops together.

A memo keeps resolved values in this process, so a busy endpoint does not query the
database on every request. It is valid for one *generation*: a random value in the shared
cache (Redis in production). `forget()` writes a new generation, and each worker notices on
its next read, so a change is seen everywhere at once. A missing generation (first use,
eviction, a cleared cache) also starts a fresh memo.

Without the shared cache (Redis down, see redis_cache.py) no worker could hear about a
change, so a memo keeps nothing: every call gets an empty one and reads the database.
When Redis is back, every memo starts a new generation (`cache_recovered`), because a
`forget()` made during the outage reached no other worker.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver
from helder.redis_cache import cache_recovered

_names: set[str] = set()
UNSHARED = "unshared-"


def is_shared(generation: str) -> bool:
    """False for the throwaway generation of a call made while the shared cache was down."""
    return not generation.startswith(UNSHARED)


class GenerationMemo:
    def __init__(self, name: str):
        self.key = f"helder:generation:{name}"
        self._generation = None
        self._values: dict = {}
        _names.add(self.key)

    def current(self) -> tuple[str, dict]:
        """The generation and the values kept for it, with one read of the shared cache.

        A caller that needs both for one request (a cache key and the values) reads them
        together, so they cannot belong to two generations."""
        generation = cache.get(self.key)
        if generation is None:
            cache.add(self.key, uuid.uuid4().hex, timeout=None)
            generation = cache.get(self.key)
        if generation is None:  # no shared cache: nobody could tell us about a change
            self._generation, self._values = None, {}
            return f"{UNSHARED}{uuid.uuid4().hex}", {}
        if generation != self._generation:
            self._generation, self._values = generation, {}
        return self._generation, self._values

    def get(self, key):
        return self.current()[1].get(key)

    def set(self, key, value) -> None:
        self.current()[1][key] = value

    def forget(self) -> None:
        self._values = {}
        cache.set(self.key, uuid.uuid4().hex, timeout=None)

    def forget_now_and_on_commit(self, **_signal_kwargs) -> None:
        """As a signal receiver: now for this process, and again after the commit, in case
        another worker read the old rows while the change was not committed yet."""
        self.forget()
        transaction.on_commit(self.forget)


@receiver(cache_recovered, dispatch_uid="helder.memo.new_generations")
def start_new_generations(**_kwargs) -> None:
    """Changes made while the shared cache was down reached no other worker: drop all."""
    cache.set_many({key: uuid.uuid4().hex for key in _names}, timeout=None)
