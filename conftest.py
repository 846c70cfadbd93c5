"""Fixtures shared by every app's tests: the site tree readers and editors work in."""

from dataclasses import dataclass

import pytest

from django.core.cache import cache

from wagtail.models import Page, Site

from blog.factories import BlogIndexPageFactory
from glossary.factories import GlossaryIndexPageFactory
from home.factories import HomePageFactory
from home.models import HomePage


@dataclass
class SiteTree:
    home: HomePage
    glossary: object
    blog: object


def build_site_tree():
    """Home as the default site's root, with the glossary and the blog under it."""
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page, and its Site with it
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return SiteTree(
        home=home,
        glossary=GlossaryIndexPageFactory(parent=home),
        blog=BlogIndexPageFactory(parent=home),
    )


@pytest.fixture
def tree(db):
    return build_site_tree()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Tests share one process-wide cache; start each from an empty one."""
    cache.clear()
