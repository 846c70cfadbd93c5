"""When the glossary's published terms may have changed, in every process.

What each process keeps (the term matcher of each locale, the terms listings show, entry ids
by letter, the terms a body links, the Locales' language codes) was built for one "terms
version": a random token in Django's cache that every process reads and that a change
replaces once its transaction has committed. A process that finds another token builds
again. The token is random, not a counter, so a cache that loses the key can never bring
back one seen before; a cache that keeps nothing (DummyCache) gives a new token every time:
slow, never stale.

What changes the terms: an entry or the glossary index published or unpublished (Wagtail
unpublishes a live page before deleting it); a page moved, given a new slug, or made private
or public again when it is an entry or the index or holds them; any Site saved or deleted.
Publishing an article leaves the version alone.
"""

from secrets import token_hex

from django.core.cache import cache

from . import conf

# A version also lasts at most this long: a process with a cache of its own (local memory)
# misses another process's change for no longer than that.
VERSION_SECONDS = 600


class CacheToken:
    """The default `GLOSSARY_TERMS_VERSION_CLASS`: a token under `key` in Django's default cache."""

    def __init__(self, key, timeout=None):
        self.key = key
        self.timeout = timeout

    def current(self):
        token = cache.get(self.key)
        if token is None:
            cache.add(self.key, token_hex(16), timeout=self.timeout)
            token = cache.get(self.key) or token_hex(16)
        return token

    def renew(self):
        cache.set(self.key, token_hex(16), timeout=self.timeout)


TERMS_VERSION = conf.imported("GLOSSARY_TERMS_VERSION_CLASS")("glossary:terms-version", timeout=VERSION_SECONDS)


class PerVersion:
    """`build()`'s result, built again when the terms version has changed since it was built."""

    def __init__(self, build):
        self.build = build
        self.built = (None, None)

    def get(self):
        version = TERMS_VERSION.current()
        built_for, value = self.built
        if built_for != version:
            value = self.build()
            self.built = (version, value)
        return value
