"""Django's Redis cache backend: one Redis client per pool, and graceful when Redis is down.

One client per pool: Django's client builds a new `redis.Redis` object for every cache
call. With redis-py 5+ that costs about 0.2 ms (it fills a table of response callbacks each
time), more than the round trip itself, and the page cache and the letter service make
several calls per request. A `redis.Redis` object is thread-safe and only borrows
connections from its pool, so one per pool is enough.

Graceful faults: the cache only makes Helder faster, so a Redis outage must not break a
page, a login or a publish. When a call fails, a circuit breaker opens: for RETRY_AFTER
seconds every call answers at once as if the cache were empty (reads miss, writes are
dropped) instead of waiting for a connection. Counters are the exception: `incr()` raises
`CacheUnavailable`, so a rate limit cannot count and refuses (fails safe) instead of
letting everything through. The log says so once per LOG_INTERVAL, not per request.

While the breaker was open, invalidations (a publish, a revoked token) could not reach the
other servers. So the first call that finds Redis back sends `cache_recovered`, and
`helder.memo` starts new generations of every memo: nothing read before the outage stays.
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.dispatch import Signal
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("helder.cache")

# Sent once per process when Redis answers again after an outage.
cache_recovered = Signal()

REDIS_DOWN_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)

# A stopped (not crashed) Redis accepts no answer: do not let a request wait long for it.
DEFAULT_TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


class CacheUnavailable(Exception):
    """The shared cache cannot be reached, so a counter cannot be counted."""


class CircuitBreaker:
    """Skips Redis for `retry_after` seconds after a failure; logs once per `log_interval`."""

    def __init__(self, retry_after: float = 2.0, log_interval: float = 60.0):
        self.retry_after = retry_after
        self.log_interval = log_interval
        self._lock = threading.Lock()
        self._open_until = 0.0
        self.down_since: float | None = None
        self._last_log = 0.0
        self._skipped = 0
        self.failures = 0  # calls that reached a broken Redis (and may have waited for it)

    def is_open(self) -> bool:
        if time.monotonic() < self._open_until:
            with self._lock:
                self._skipped += 1
            return True
        return False

    def failed(self, error: BaseException) -> None:
        now = time.monotonic()
        with self._lock:
            self.failures += 1
            self._open_until = now + self.retry_after
            first = self.down_since is None
            if first:
                self.down_since = now
            if first or now - self._last_log >= self.log_interval:
                self._last_log = now
                skipped, self._skipped = self._skipped, 0
                # The error's class only: its text can carry the Redis URL with a password.
                logger.warning(
                    "Shared cache (Redis) unreachable (%s); serving without cache, "
                    "rate limits refuse. %d cache calls skipped since the last message.",
                    type(error).__name__,
                    skipped,
                )

    def recovered(self) -> bool:
        """Close the breaker; True if it was open (the caller then announces the recovery)."""
        with self._lock:
            if self.down_since is None:
                return False
            seconds = time.monotonic() - self.down_since
            self.down_since, self._open_until, self._skipped = None, 0.0, 0
        logger.warning("Shared cache (Redis) reachable again after %.1f s.", seconds)
        return True


class PooledRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(
                connection_pool=self._get_connection_pool(write)
            )
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        params = dict(params)
        params["OPTIONS"] = {**DEFAULT_TIMEOUTS, **params.get("OPTIONS", {})}
        options = params["OPTIONS"]
        breaker = CircuitBreaker(
            retry_after=options.pop("HELDER_RETRY_AFTER", 2.0),
            log_interval=options.pop("HELDER_LOG_INTERVAL", 60.0),
        )
        super().__init__(server, params)
        self._class = PooledRedisCacheClient
        self.breaker = breaker

    # -- the guard around every call -------------------------------------------------

    def _guarded(self, call, fallback, *args, **kwargs):
        if self.breaker.is_open():
            return fallback()
        try:
            if self.breaker.down_since is not None:
                # Back after an outage: first tell the memos, so this very call already
                # reads their new generations.
                self._cache.get_client().ping()
                if self.breaker.recovered():
                    cache_recovered.send(sender=type(self), cache=self)
            return call(*args, **kwargs)
        except REDIS_DOWN_ERRORS as error:
            self.breaker.failed(error)
            return fallback()

    def is_available(self) -> bool:
        """Whether Redis answers now (one PING; for health checks, not per request)."""
        try:
            return bool(self._cache.get_client().ping())
        except REDIS_DOWN_ERRORS:
            return False

    # -- reads miss, writes are dropped ------------------------------------------------

    def get(self, key, default=None, version=None):
        return self._guarded(super().get, lambda: default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(super().has_key, lambda: False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().set, lambda: None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().set_many, lambda: list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().add, lambda: False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(super().delete, lambda: False, key, version)

    def delete_many(self, keys, version=None):
        return self._guarded(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._guarded(super().clear, lambda: False)

    # -- counters cannot pretend ----------------------------------------------------

    def incr(self, key, delta=1, version=None):
        def refuse():
            raise CacheUnavailable("The shared cache is unreachable; cannot count.")

        return self._guarded(super().incr, refuse, key, delta, version)
