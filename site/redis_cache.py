"""Django's Redis cache backend, with one Redis client per connection pool.

Django's client builds a new `redis.Redis` object for every cache call. With redis-py 5+
that costs about 0.2 ms (it fills a table of response callbacks each time), more than the
round trip itself, and the page cache and the letter service make several calls per
request. A `redis.Redis` object is thread-safe and only borrows connections from its
pool, so one per pool is enough.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


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
        super().__init__(server, params)
        self._class = PooledRedisCacheClient
