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


def translate(page, language_code="de", publish=True, **fields):
    """The page's translation into the language (its parent's translated first), with `fields`
    set: published, or with `publish=False` a draft that was never published (its latest
    revision, as the editor sees it)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if not publish:
        return translation.get_latest_revision_as_object()
    revision.publish()
    return type(page).objects.get(pk=translation.pk)


def build_german_tree(tree):
    """The German translations of the site tree's home page, glossary and blog, published."""
    return SiteTree(
        home=translate(tree.home, title="Startseite"),
        glossary=translate(tree.glossary, title="Glossar"),
        blog=translate(tree.blog),
    )
