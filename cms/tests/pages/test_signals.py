"""One signal, sent after commit, says what readers see has changed (cms.pages.signals)."""

import pytest

from wagtail.models import PageViewRestriction, Site

from blog.factories import BlogPageFactory
from cms.pages.signals import published_content_changed
from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory
from glossary.models import GlossaryIndexPage, GlossaryPage


@pytest.fixture
def sent():
    """Every `published_content_changed` as (sender, ids of the pages, sorted url_paths)."""
    received = []

    def receiver(sender, pages, url_paths, **kwargs):
        received.append((sender, None if pages is None else [page.pk for page in pages], sorted(url_paths)))

    published_content_changed.connect(receiver, dispatch_uid="cms.tests.pages.test_signals")
    yield received
    published_content_changed.disconnect(dispatch_uid="cms.tests.pages.test_signals")


@pytest.fixture
def term(tree):
    return GlossaryPageFactory(parent=tree.glossary, title="Latency", slug="latency")


@pytest.fixture
def article(tree):
    return BlogPageFactory(parent=tree.blog, title="Fast pages", slug="fast-pages")


# An entry shows in its index and its index's dataset, on the home page, and on every page that may mention it.
ENTRY_AND_ITS_READERS = [
    "/home/",
    "/home/blog/fast-pages/",
    "/home/glossary/",
    "/home/glossary/jsonld/",
    "/home/glossary/latency/",
]


def test_a_publish_sends_once_after_commit_with_the_pages_that_show_the_entry(
    term, article, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        term.save_revision().publish()
    assert sent == []

    for callback in callbacks:
        callback()
    assert sent == [(GlossaryPage, [term.pk], ENTRY_AND_ITS_READERS)]


def test_a_move_sends_the_page_with_its_old_and_new_paths(
    tree, term, article, sent, django_capture_on_commit_callbacks
):
    archive = GlossaryIndexPageFactory(parent=tree.home, title="Archive", slug="archive")

    with django_capture_on_commit_callbacks(execute=True):
        term.move(archive, pos="last-child")

    assert sent == [
        (
            GlossaryPage,
            [term.pk],
            sorted(["/home/archive/", "/home/archive/jsonld/", "/home/archive/latency/", *ENTRY_AND_ITS_READERS]),
        )
    ]


def test_a_reorder_sends_the_page_and_no_path(tree, term, article, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tree.glossary.move(tree.blog, pos="right")

    assert sent == [(GlossaryIndexPage, [tree.glossary.pk], [])]


def test_privacy_sends_the_page_and_the_live_pages_under_it(tree, term, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=tree.glossary, restriction_type=PageViewRestriction.LOGIN)

    assert sent == [
        (
            GlossaryIndexPage,
            [tree.glossary.pk, term.pk],
            ["/home/", "/home/blog/", "/home/glossary/", "/home/glossary/jsonld/", "/home/glossary/latency/"],
        )
    ]


def test_a_site_change_sends_no_page_and_no_path(tree, sent, django_capture_on_commit_callbacks):
    site = Site.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        site.port = 8080
        site.save()

    assert sent == [(Site, None, [])]


def test_deleting_a_draft_sends_nothing(tree, sent, django_capture_on_commit_callbacks):
    draft = GlossaryPageFactory(parent=tree.glossary, title="Draft", live=False)

    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()

    assert sent == []
