"""Fixtures for the page cache's tests: the cache switched on, and an entry to cache."""

import pytest

from glossary.factories import GlossaryPageFactory


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def entry(tree):
    return GlossaryPageFactory(parent=tree.glossary, title="Caching", slug="caching", summary="Keeping answers.")
