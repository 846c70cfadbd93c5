"""Fixtures shared by every app's tests: the site tree readers and editors work in.

pytest also loads this file for the glossary package's tests, which run in a project without
the site's apps (glossary/tests/settings.py): the site's modules are imported only when used.
"""

import pytest

from django.core.cache import cache
from django.utils import translation


@pytest.fixture
def tree(db):
    from tests.site_tree import build_site_tree

    return build_site_tree()


@pytest.fixture
def german_tree(tree):
    """The site tree's home page, glossary and blog translated into German and published: `/de/`."""
    from tests.site_tree import build_german_tree

    german = build_german_tree(tree)
    cache.clear()  # Wagtail's Site root paths, read again with the German home page among them
    return german


@pytest.fixture(autouse=True)
def _empty_cache():
    """Tests share one process-wide cache; start each from an empty one."""
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a test client's request to a `/de/` URL leaves
    German active in the thread that made it, where lazy strings would then read German."""
    translation.deactivate()
