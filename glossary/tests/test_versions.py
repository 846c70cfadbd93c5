"""The terms version (GLOSSARY_TERMS_VERSION_CLASS's default, glossary.versions.CacheToken) and
what each process builds once per version."""

from django.core.cache import cache

from glossary.versions import TERMS_VERSION, CacheToken, PerVersion

KEY = "glossary-tests:version"


def test_a_version_stays_until_it_is_renewed():
    version = CacheToken(KEY)
    first = version.current()

    assert version.current() == first
    version.renew()
    assert version.current() not in (first, None)
    assert CacheToken(KEY).current() == version.current()


def test_a_cache_that_lost_the_version_never_brings_back_an_earlier_one():
    version = CacheToken(KEY)
    seen = {version.current()}
    for _ in range(3):
        cache.delete(KEY)
        seen.add(version.current())
    assert len(seen) == 4


def test_a_cache_that_keeps_nothing_gives_a_new_version_every_time(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    version = CacheToken(KEY)
    assert version.current() != version.current()


def test_a_memo_is_built_once_per_terms_version():
    builds = []

    def build():
        builds.append(TERMS_VERSION.current())
        return len(builds)

    memo = PerVersion(build)

    assert (memo.get(), memo.get()) == (1, 1)
    TERMS_VERSION.renew()
    assert (memo.get(), memo.get()) == (2, 2)
    assert builds[0] != builds[1]
