"""Every payload names the public paths whose rendering changed (`paths`), and only public ones."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from blog.factories import BlogPageFactory
from cms.models import WebhookDelivery, WebhookEndpoint
from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory
from glossary.models import GlossaryPage, GlossaryRelatedTerm


def relate(page, *terms):
    page.related_terms = [GlossaryRelatedTerm(term=term) for term in terms]
    page.save()


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def cache(tree):
    """An entry; an entry that relates it, an article that may mention it; and pages readers
    never see that relate it too: a draft, a private entry, a private article."""
    cache = GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache")
    cache.save_revision().publish()
    relate(GlossaryPageFactory(parent=tree.glossary, title="Queue", slug="queue"), cache)
    BlogPageFactory(parent=tree.blog, title="On caching", slug="on-caching")
    relate(GlossaryPageFactory(parent=tree.glossary, title="Draft", slug="draft", live=False), cache)
    private_entry = GlossaryPageFactory(parent=tree.glossary, title="Vault", slug="vault")
    relate(private_entry, cache)
    restrict(private_entry)
    restrict(BlogPageFactory(parent=tree.blog, title="Members", slug="members"))
    return cache


# The entry, its index, the home page, and every public page that may mention it or relates it.
CACHE_SHOWN = ["/", "/blog/on-caching/", "/glossary/", "/glossary/cache/", "/glossary/queue/"]


@pytest.fixture
def sent(endpoint, receiver, django_capture_on_commit_callbacks):
    """Makes a change and gives the payloads it sent, in order; the pages of `cache` are made before."""

    def sent(change):
        receiver.received.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        return [item.json for item in receiver.received]

    return sent


def events(payloads):
    return [(payload["event"], payload["page"]["url_path"], payload["paths"]) for payload in payloads]


def test_publishing_an_entry_names_it_its_index_the_home_page_and_the_pages_that_show_it(cache, sent):
    payloads = sent(lambda: cache.save_revision().publish())

    assert events(payloads) == [("page.published", "/glossary/cache/", CACHE_SHOWN)]


def test_publishing_an_article_names_every_page_with_a_recent_articles_sidebar(tree, cache, sent):
    article = BlogPageFactory(parent=tree.blog, title="Fresh", slug="fresh", live=False)

    payloads = sent(lambda: article.save_revision().publish())

    assert events(payloads) == [
        (
            "page.published",
            "/blog/fresh/",
            ["/", "/blog/", "/blog/fresh/", "/blog/on-caching/", "/glossary/cache/", "/glossary/queue/"],
        )
    ]


def test_unpublishing_names_the_page_so_that_it_becomes_a_404(cache, sent):
    payloads = sent(lambda: GlossaryPage.objects.get(pk=cache.pk).unpublish())

    assert events(payloads) == [("page.unpublished", "/glossary/cache/", CACHE_SHOWN)]


def test_deleting_names_the_page_and_what_showed_it(cache, sent):
    payloads = sent(lambda: GlossaryPage.objects.get(pk=cache.pk).delete())

    assert events(payloads) == [
        ("page.unpublished", "/glossary/cache/", CACHE_SHOWN),
        ("page.deleted", "/glossary/cache/", CACHE_SHOWN),
    ]


def test_a_new_slug_names_the_old_and_the_new_path(cache, sent):
    cache.slug = "caching"

    payloads = sent(lambda: cache.save_revision().publish())

    shown = ["/", "/blog/on-caching/", "/glossary/", "/glossary/caching/", "/glossary/queue/"]
    assert events(payloads) == [
        ("page.published", "/glossary/caching/", shown),
        ("page.moved", "/glossary/caching/", sorted([*shown, "/glossary/cache/"])),
    ]


def test_a_move_names_both_paths_both_parents_and_what_shows_the_page(tree, cache, sent):
    archive = GlossaryIndexPageFactory(parent=tree.home, title="Archive", slug="archive")

    payloads = sent(lambda: GlossaryPage.objects.get(pk=cache.pk).move(archive, "last-child"))

    assert events(payloads) == [
        (
            "page.moved",
            "/archive/cache/",
            [
                "/",
                "/archive/",
                "/archive/cache/",
                "/blog/on-caching/",
                "/glossary/",
                "/glossary/cache/",
                "/glossary/queue/",
            ],
        )
    ]


def test_renaming_a_section_names_its_public_pages_at_both_paths_and_never_its_private_ones(tree, cache, sent):
    tree.glossary.slug = "terms"

    payloads = sent(lambda: tree.glossary.save_revision().publish())

    assert events(payloads)[1] == (
        "page.moved",
        "/terms/",
        [
            "/",
            "/blog/",
            "/blog/on-caching/",
            "/glossary/",
            "/glossary/cache/",
            "/glossary/queue/",
            "/terms/",
            "/terms/cache/",
            "/terms/queue/",
        ],
    )


def test_a_private_page_that_links_terms_is_never_named(tree, cache, sent):
    archive = GlossaryIndexPageFactory(parent=tree.home, title="Archive", slug="archive")
    changes = [
        lambda: cache.save_revision().publish(),
        lambda: GlossaryPage.objects.get(pk=cache.pk).move(archive, "last-child"),
        lambda: GlossaryPage.objects.get(pk=cache.pk).unpublish(),
        lambda: GlossaryPage.objects.get(pk=cache.pk).delete(),
    ]

    named = {path for change in changes for payload in sent(change) for path in payload["paths"]}

    assert named == {*CACHE_SHOWN, "/archive/", "/archive/cache/"}


def test_making_a_page_private_names_its_last_public_path_and_public_again_its_path(cache, sent):
    hidden = sent(lambda: restrict(cache))
    shown = sent(lambda: PageViewRestriction.objects.get(page=cache).delete())

    assert events(hidden) == [("page.unpublished", "/glossary/cache/", CACHE_SHOWN)]
    assert events(shown) == [("page.published", "/glossary/cache/", CACHE_SHOWN)]


def test_moving_a_page_into_a_private_section_names_only_its_old_path(tree, cache, sent):
    members = GlossaryIndexPageFactory(parent=tree.home, title="Members", slug="members")
    sent(lambda: restrict(members))

    payloads = sent(lambda: GlossaryPage.objects.get(pk=cache.pk).move(members, "last-child"))

    assert events(payloads) == [("page.unpublished", "/glossary/cache/", CACHE_SHOWN)]


def test_the_paths_are_found_once_for_every_endpoint(cache, endpoint, django_capture_on_commit_callbacks):
    def publish_queries():
        with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks():
            GlossaryPage.objects.get(pk=cache.pk).save_revision().publish()
        return len(queries)

    publish_queries()
    one_endpoint = publish_queries()
    WebhookEndpoint.objects.bulk_create(
        WebhookEndpoint(name=f"Receiver {number}", url=f"https://{number}.example.com/") for number in range(5)
    )

    assert publish_queries() == one_endpoint
    assert WebhookDelivery.objects.count() == 1 + 1 + 6
    assert {tuple(row.payload["paths"]) for row in WebhookDelivery.objects.all()} == {tuple(CACHE_SHOWN)}
