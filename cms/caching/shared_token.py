"""A random token in the shared cache that every process reads and any change replaces.

Processes share no memory but do share the Django cache, so "has anything changed since I
last looked?" becomes "is the token still the one I saw?". The token is random, not a
counter: a cache that evicts or loses the key can never bring back a token seen before.
The page cache (cms.caching.page_cache) uses it, and the glossary app keeps its terms version
in one (the GLOSSARY_TERMS_VERSION_CLASS setting).

A request reads each token from the cache once (`OneReadPerRequestMiddleware`): what it
builds from per-generation and per-version memos then costs no further cache reads, and the
whole request sees one state of the site, as if it had been answered at the moment of that
first read. A token the request itself renews (a publish in the admin) is the one it sees
from then on. Outside requests (commands, the task worker) every call reads the cache.

A renew that cannot reach the cache is lost, and a cache that kept its data through the
outage would bring the old token back. So with Redis (`cms.caching.redis`) every token is
renewed again when a process that found Redis unreachable reaches it again.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from secrets import token_hex

from django.core.cache import cache

from cms.caching.redis import reachable_again

# The tokens this request has read or renewed, by key; None outside a request.
READ_IN_THIS_REQUEST = ContextVar("shared_tokens_read_in_this_request", default=None)


@contextmanager
def read_once():
    """Within it, each token is read from the cache at most once."""
    scope = READ_IN_THIS_REQUEST.set({})
    try:
        yield
    finally:
        READ_IN_THIS_REQUEST.reset(scope)


class OneReadPerRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with read_once():
            return self.get_response(request)


class SharedToken:
    def __init__(self, key, timeout=None):
        self.key = key
        self.timeout = timeout
        reachable_again.connect(lambda **kwargs: self.renew(), weak=False, dispatch_uid=key)

    def current(self, found=None):
        """The token, starting one when the cache has none.

        `found` may hold the result of a `cache.get_many()` that asked for `key` along with
        other keys, saving a round trip. A cache that keeps nothing (DummyCache) gives a new
        token every time, so whatever depends on it is always rebuilt: slow, never stale.
        """
        read = READ_IN_THIS_REQUEST.get()
        if read is not None and self.key in read:
            return read[self.key]
        token = (found if found is not None else {self.key: cache.get(self.key)}).get(self.key)
        if token is None:
            cache.add(self.key, token_hex(16), timeout=self.timeout)
            token = cache.get(self.key) or token_hex(16)
        if read is not None:
            read[self.key] = token
        return token

    def renew(self):
        """Replace the token: everything built from the old one is out of date, in every process."""
        token = token_hex(16)
        cache.set(self.key, token, timeout=self.timeout)
        read = READ_IN_THIS_REQUEST.get()
        if read is not None:
            read[self.key] = token
