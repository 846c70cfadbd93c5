"""Fixtures shared by every app's tests: the site tree readers and editors work in."""

import pytest

from django.core.cache import cache

from tests.site_tree import build_site_tree


@pytest.fixture
def tree(db):
    return build_site_tree()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Tests share one process-wide cache; start each from an empty one."""
    cache.clear()
