"""Django's Redis cache backend, with one Redis client per connection pool.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every cache
operation, and each one copies redis-py's table of some 170 response callbacks into a new
case-insensitive dict: at three cache operations per uncached API answer (the throttle's
read and write, the response cache's lookup) that was about a millisecond of Python per
request, more than the round trips. A ``redis.Redis`` holds no connection of its own (its
pool does, and is thread-safe), so one per pool serves every operation.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
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


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
