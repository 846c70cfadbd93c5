"""The tree the package's tests work in: a Site whose root is the test app's home page, with the
glossary index under it; entries and standard pages are added by the helpers below."""

from dataclasses import dataclass

from wagtail.models import Page, Site

from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory
from glossary.models import GlossaryAlias, GlossaryIndexPage, GlossaryPage
from glossary.tests.testapp.models import HomePage, StandardPage


@dataclass
class Tree:
    home: HomePage
    glossary: GlossaryIndexPage


def build_tree():
    """The test app's home page as the default Site's root, the glossary index under it."""
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page, and its Site with it
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="home"))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return Tree(home=home, glossary=GlossaryIndexPageFactory(parent=home))


def add_entry(glossary, title, summary=None, aliases=(), live=True, **fields):
    """A glossary entry under `glossary`, published (or a draft that was never published)."""
    entry = GlossaryPageFactory.build(title=title, live=live, **fields)
    if summary is not None:
        entry.summary = summary
    entry.term_aliases = [GlossaryAlias(name=name) for name in aliases]
    glossary.add_child(instance=entry)
    if live:
        entry.save_revision().publish()
    else:
        entry.save_revision()
    return GlossaryPage.objects.get(pk=entry.pk)


def add_standard_page(parent, title, paragraphs, **fields):
    """A published StandardPage whose body holds one rich-text block per paragraph."""
    page = StandardPage(title=title, body=[("paragraph", text) for text in paragraphs], **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)
