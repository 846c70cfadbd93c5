"""The site tree readers and editors work in, built by the apps' factories."""

from dataclasses import dataclass

from wagtail.models import Locale, Page, Site

from blog.factories import BlogIndexPageFactory
from blog.models import BlogIndexPage
from glossary.factories import GlossaryIndexPageFactory
from glossary.models import GlossaryIndexPage
from home.factories import HomePageFactory
from home.models import HomePage


@dataclass
class SiteTree:
    home: HomePage
    glossary: GlossaryIndexPage
    blog: BlogIndexPage


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


def add_german_tree(tree):
    """German translations of the home page, the glossary and the blog, live: a German entry
    or article has a parent to go under."""
    german = Locale.objects.get(language_code="de")
    translated = {}
    for name in ("home", "glossary", "blog"):
        page = getattr(tree, name).copy_for_translation(german)
        page.save_revision().publish()
        translated[name] = page
    return SiteTree(**translated)
