"""The shared cache (Redis), forgiving while Redis restarts.

Django's Redis backend fails the request when Redis does not answer. Here, while Redis is unreachable, reads
miss and writes are dropped, with a warning in the log: sessions are written through to the database
(cached_db) and are read back from it, so nobody is logged out and nothing fails; rate-limit counters start
again from zero when Redis is back, as they do after any Redis restart."""

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)


def _forgiving(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except (RedisConnectionError, RedisTimeoutError) as error:
                logger.warning("Redis unreachable, cache %s skipped: %s", method.__name__, error)
                return fallback(*args)

        return wrapper

    return decorate


def _missing_key(key, delta):
    raise ValueError(f"Key '{key}' not found.")  # what incr says of a key that is not there


class ForgivingRedisCacheClient(RedisCacheClient):
    add = _forgiving(lambda *a: False)(RedisCacheClient.add)
    get = _forgiving(lambda key, default: default)(RedisCacheClient.get)
    set = _forgiving(lambda *a: None)(RedisCacheClient.set)
    touch = _forgiving(lambda *a: False)(RedisCacheClient.touch)
    delete = _forgiving(lambda *a: False)(RedisCacheClient.delete)
    get_many = _forgiving(lambda *a: {})(RedisCacheClient.get_many)
    has_key = _forgiving(lambda *a: False)(RedisCacheClient.has_key)
    incr = _forgiving(_missing_key)(RedisCacheClient.incr)
    set_many = _forgiving(lambda *a: [])(RedisCacheClient.set_many)
    delete_many = _forgiving(lambda *a: None)(RedisCacheClient.delete_many)
    clear = _forgiving(lambda *a: False)(RedisCacheClient.clear)


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
