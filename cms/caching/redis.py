"""Django's Redis cache, answering like an empty cache while Redis is unreachable.

`REDIS_URL` selects it (cms/settings/production.py). Every page reads the cache (the page
cache, the glossary's terms version, Wagtail's Site root paths), so with Django's own
`RedisCache` a Redis outage turns every page into an error. With this backend, while Redis
cannot be reached (or answers with errors, such as out of memory), reads find nothing and
writes are dropped: pages are rendered from the database, slower but correct. The first
failure logs a warning. For `RETRY_SECONDS` after a failure the process does not try Redis
at all, so a Redis that does not answer (a network partition rather than a refused
connection) costs one timeout per `RETRY_SECONDS`, not one per cache call. Then the next
cache call pings Redis. `incr` is guarded (the password-reset limits count with it) and,
while Redis is unreachable, raises ValueError as for a missing key; `decr` and `clear` are
not: nothing uses `decr`, and a failed `clear` must say so.

When Redis answers again, `reachable_again` is sent before that call goes on, and a warning
says so. A change made during the outage could not renew the shared tokens
(`cms.caching.shared_token`) that retire what other processes built from older data; if Redis kept
its data through the outage (a partition, or a restart that reloads its dump), the old
tokens, and the pages cached under them, would be current again. So every process that
found Redis unreachable renews the tokens, and clears Wagtail's Site root paths, before it
reads anything from Redis again.
"""

import logging
import time

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.dispatch import Signal, receiver

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5

reachable_again = Signal()


@receiver(reachable_again, dispatch_uid="cms.caching.redis.site_root_paths")
def clear_site_root_paths(**kwargs):
    # Imported here: Django may load the cache backend before the app registry is ready.
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


class ReusedClients(RedisCacheClient):
    """One redis-py client per connection pool. Django makes a new client for every cache call, and
    each one builds its table of reply parsers: reusing it halves a 16 kB read (0.29 to 0.13 ms)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            self._clients[index] = super().get_client(key, write=write)
        return self._clients[index]


class OutageTolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        self.unreachable_since = None
        self.retry_at = 0.0

    def _reachable(self):
        """False while Redis is known to be unreachable, except every RETRY_SECONDS, when it is pinged."""
        if self.unreachable_since is None:
            return True
        now = time.monotonic()
        if now < self.retry_at:
            return False
        try:
            self._cache.get_client(write=True).ping()
        except RedisError:
            self.retry_at = now + RETRY_SECONDS
            return False
        logger.warning(
            "Redis cache reachable again after %.0f s: renewing shared tokens.", now - self.unreachable_since
        )
        self.unreachable_since = None
        reachable_again.send(sender=type(self))
        # A receiver's cache call may have found Redis gone again.
        return self.unreachable_since is None

    def _call(self, fallback, operation, *args):
        if not self._reachable():
            return fallback
        try:
            return operation(*args)
        except RedisError as error:
            now = time.monotonic()
            if self.unreachable_since is None:
                self.unreachable_since = now
                logger.warning(
                    "Redis cache unreachable (%s): serving without it, retrying every %s s.", error, RETRY_SECONDS
                )
            self.retry_at = now + RETRY_SECONDS
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def incr(self, key, delta=1, version=None):
        value = self._call(None, super().incr, key, delta, version)
        if value is None:  # as an empty cache answers
            raise ValueError(f"Key '{key}' not found.")
        return value

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)
