"""A published page that changes its URL leaves a permanent redirect behind, so links and bookmarks keep working.

Wagtail creates the redirects (WAGTAILREDIRECTS_AUTO_CREATE) when a slug change is committed, and
the page cache is purged on commit too, so every change here runs its on-commit callbacks, as
a real request's commit would.
"""

import pytest

from wagtail.contrib.redirects.models import Redirect

from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory

OLD_URL = "/glossary/old-name/"


@pytest.fixture
def entry(tree, client):
    page = GlossaryPageFactory(parent=tree.glossary, title="Old name")
    page.save_revision().publish()
    assert client.get(OLD_URL).status_code == 200  # a reader's visit, in the page cache before the change
    return page


def publish_slug(page, slug, capture):
    page.slug = slug
    with capture(execute=True):
        page.save_revision().publish()


def automatic_redirects():
    return list(
        Redirect.objects.filter(automatically_created=True)
        .order_by("old_path")
        .values_list("old_path", "redirect_page__url_path", "is_permanent")
    )


def assert_moved_permanently(client, old_url, new_url):
    response = client.get(old_url)
    assert (response.status_code, response["Location"]) == (301, new_url)
    assert client.get(new_url).status_code == 200


def test_publishing_a_new_slug_redirects_the_old_url(client, entry, django_capture_on_commit_callbacks):
    publish_slug(entry, "new-name", django_capture_on_commit_callbacks)

    assert automatic_redirects() == [("/glossary/old-name", "/home/glossary/new-name/", True)]
    assert_moved_permanently(client, OLD_URL, "/glossary/new-name/")


def test_a_draft_with_a_new_slug_changes_nothing_yet(client, entry, django_capture_on_commit_callbacks):
    entry.slug = "new-name"
    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision()

    assert automatic_redirects() == []
    assert client.get(OLD_URL).status_code == 200


def test_renaming_a_section_redirects_every_page_below_it(client, tree, entry, django_capture_on_commit_callbacks):
    publish_slug(tree.glossary, "terms", django_capture_on_commit_callbacks)

    assert automatic_redirects() == [
        ("/glossary", "/home/terms/", True),
        ("/glossary/old-name", "/home/terms/old-name/", True),
    ]
    assert_moved_permanently(client, "/glossary/", "/terms/")
    assert_moved_permanently(client, OLD_URL, "/terms/old-name/")


def test_moving_a_page_redirects_its_old_url(client, tree, entry, django_capture_on_commit_callbacks):
    """An entry lives under a glossary index, so it moves to a second one (max_count only limits adding)."""
    archive = GlossaryIndexPageFactory(parent=tree.home, title="Archive", slug="archive")

    with django_capture_on_commit_callbacks(execute=True):
        entry.move(archive, pos="last-child")

    assert automatic_redirects() == [("/glossary/old-name", "/home/archive/old-name/", True)]
    assert_moved_permanently(client, OLD_URL, "/archive/old-name/")


def test_a_new_page_at_the_old_url_wins_over_the_redirect(client, tree, entry, django_capture_on_commit_callbacks):
    publish_slug(entry, "new-name", django_capture_on_commit_callbacks)

    GlossaryPageFactory(parent=tree.glossary, title="Old name")

    assert client.get(OLD_URL).status_code == 200
