import pytest

from django.core.cache import cache

from glossary.tests.tree import build_tree


@pytest.fixture
def tree(db):
    return build_tree()


@pytest.fixture(autouse=True)
def _empty_cache():
    """The terms version lives in the cache, and each test's database is rolled back: start each
    test from an empty cache, so no test sees terms built for another's data."""
    cache.clear()
