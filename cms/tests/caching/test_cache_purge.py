"""What a publish, unpublish, move or delete purges: readers see the change at once, everywhere."""

import copy
import runpy
from dataclasses import dataclass

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from blog.factories import BlogPageFactory
from blog.models import BlogPageRelatedTerm
from cms.caching import purge
from cms.tests.html import soup, texts
from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory
from home.models import HomeFeaturedTerm

ROOT = "http://localhost"
API_ROOT = "http://testserver/api/"


class RecordingBackend(BaseBackend):
    """A CDN that remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture(autouse=True)
def cdn(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged = []
    return RecordingBackend.purged


@dataclass
class Pages:
    tree: object
    term: object
    other_term: object
    linking: object
    listing: object
    unrelated: object


def link_to(page, text):
    """A body whose rich text links to `page`."""
    link = f'<p><a linktype="page" id="{page.pk}">{text}</a></p>'
    return [{"type": "section", "value": {"heading": "More", "text": link}}]


@pytest.fixture
def pages(tree):
    """Two terms; one article links to the first, one lists it as related, one ignores it."""
    term = GlossaryPageFactory(parent=tree.glossary, title="Latency", slug="latency", summary="Waiting time.")
    other_term = GlossaryPageFactory(parent=tree.glossary, title="Throughput", slug="throughput")
    linking = BlogPageFactory(parent=tree.blog, title="Fast pages", slug="fast-pages", body=link_to(term, "latency"))
    listing = BlogPageFactory(parent=tree.blog, title="Measuring", slug="measuring")
    listing.related_terms = [BlogPageRelatedTerm(term=term)]
    listing.save()
    unrelated = BlogPageFactory(parent=tree.blog, title="Team news", slug="team-news")
    tree.home.featured_terms = [HomeFeaturedTerm(term=term)]
    tree.home.save()
    return Pages(tree, term, other_term, linking, listing, unrelated)


def urls(*paths):
    return sorted(ROOT + path for path in paths)


def page_urls(purged):
    return sorted(url for url in purged if not url.startswith(API_ROOT))


def api_urls(purged):
    return sorted(url for url in purged if url.startswith(API_ROOT))


def api_urls_of(*pages):
    """The API's listings and the detail of each page, as a CDN is told to purge them."""
    paths = {"v2/pages/", "v3/pages/"} | {f"{version}/pages/{page.pk}/" for page in pages for version in ("v2", "v3")}
    return sorted(API_ROOT + path for path in paths)


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


# The path of the redirect Wagtail's redirects app creates when a URL changes; it purges that too.
OLD_URL_REDIRECT = "/glossary/latency"
EVERY_ENTRY_AND_ARTICLE = (
    "/glossary/latency/",
    "/glossary/throughput/",
    "/blog/fast-pages/",
    "/blog/measuring/",
    "/blog/team-news/",
)
# A term shows in its index, the glossary's dataset and on the home page (a featured term), and
# any entry or article may mention it: term linking turns the mention into a link carrying its summary.
TERM_AND_ITS_READERS = ("/glossary/", "/glossary/jsonld/", "/", *EVERY_ENTRY_AND_ARTICLE)


def test_publishing_a_term_purges_it_its_index_home_and_every_page_that_may_mention_it(
    pages, cdn, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.term, title="Network latency")

    assert page_urls(cdn) == urls(*TERM_AND_ITS_READERS)


def test_publishing_an_article_purges_every_page_with_the_recent_articles_sidebar(
    pages, cdn, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.unrelated, title="Team news, March")

    assert page_urls(cdn) == urls("/blog/", "/", *EVERY_ENTRY_AND_ARTICLE)


def test_publishing_a_section_index_purges_its_whole_site(pages, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.tree.glossary, title="Dictionary")

    assert page_urls(cdn) == urls("/", "/glossary/", "/glossary/jsonld/", "/blog/", *EVERY_ENTRY_AND_ARTICLE)


def test_unpublishing_a_term_purges_the_same_pages(pages, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        pages.term.unpublish()

    assert page_urls(cdn) == urls(*TERM_AND_ITS_READERS)


def test_deleting_a_live_term_purges_the_pages_that_referred_to_it(pages, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        pages.term.delete()

    assert page_urls(cdn) == urls(*TERM_AND_ITS_READERS)


def test_publishing_a_term_purges_the_api_listings_and_the_detail_of_every_page_that_shows_it(
    pages, cdn, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.term, title="Network latency")

    readers = (pages.tree.home, pages.tree.glossary, pages.other_term, pages.linking, pages.listing, pages.unrelated)
    assert api_urls(cdn) == api_urls_of(pages.term, *readers)


def test_deleting_a_live_term_purges_its_api_detail(pages, cdn, django_capture_on_commit_callbacks):
    term_detail = f"{API_ROOT}v2/pages/{pages.term.pk}/"

    with django_capture_on_commit_callbacks(execute=True):
        pages.term.delete()

    assert term_detail in api_urls(cdn)


def test_without_a_cdn_no_api_url_is_purged_and_no_page_id_is_read(settings, pages, django_assert_num_queries):
    settings.WAGTAILFRONTENDCACHE = {}

    with django_assert_num_queries(0):
        assert purge.api_urls({pages.term.pk}, {pages.term.url_path, pages.linking.url_path}) == set()


def test_deleting_a_draft_purges_nothing(pages, cdn, django_capture_on_commit_callbacks):
    draft = GlossaryPageFactory(parent=pages.tree.glossary, title="Draft", live=False)

    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()

    assert cdn == []


def test_moving_a_term_purges_its_old_and_new_urls_and_both_indexes(pages, cdn, django_capture_on_commit_callbacks):
    archive = GlossaryIndexPageFactory(parent=pages.tree.home, title="Archive", slug="archive")

    with django_capture_on_commit_callbacks(execute=True):
        pages.term.move(archive, pos="last-child")

    assert page_urls(cdn) == urls(
        "/archive/latency/", "/archive/", "/archive/jsonld/", *TERM_AND_ITS_READERS, OLD_URL_REDIRECT
    )


def test_reordering_siblings_purges_nothing(pages, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        pages.other_term.move(pages.term, pos="left")

    assert cdn == []


def test_a_new_slug_purges_the_old_url_as_well(pages, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.term, slug="network-latency")

    assert set(page_urls(cdn)) == set(urls("/glossary/network-latency/", *TERM_AND_ITS_READERS, OLD_URL_REDIRECT))


def test_a_rolled_back_publish_purges_nothing_and_the_cache_stays_valid(
    client, pages, cdn, django_capture_on_commit_callbacks
):
    client.get("/glossary/latency/")

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        publish(pages.term, title="Network latency")
        raise RuntimeError("the publish fails after saving")

    response = client.get("/glossary/latency/")
    assert cdn == []
    assert response["X-Cache"] == "HIT"
    assert texts(soup(response).select("h1")) == ["Latency"]


def test_nothing_is_purged_before_the_publish_commits(client, pages, cdn, django_capture_on_commit_callbacks):
    client.get("/glossary/latency/")

    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.term, title="Network latency")
        before_commit = client.get("/glossary/latency/")
        assert cdn == []

    assert before_commit["X-Cache"] == "HIT"
    assert client.get("/glossary/latency/")["X-Cache"] == "MISS"


def prime(client, *paths):
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Cache"] == "HIT"


def test_a_new_article_title_shows_at_once_on_every_page_that_lists_it(
    client, pages, django_capture_on_commit_callbacks
):
    prime(client, "/blog/team-news/", "/blog/", "/", "/glossary/throughput/")

    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.unrelated, title="Team news, March")

    article = soup(client.get("/blog/team-news/"))
    blog = soup(client.get("/blog/"))
    home = soup(client.get("/"))
    entry = soup(client.get("/glossary/throughput/"))
    assert texts(article.select("h1")) == ["Team news, March"]
    assert "Team news, March" in texts(blog.select(".post-card__title"))
    assert "Team news, March" in texts(home.select(".post-card__title"))
    assert "Team news, March" in texts(entry.select(".recent-articles__list a"))


def test_a_new_term_title_and_summary_show_at_once_on_every_page_that_lists_it(
    client, pages, django_capture_on_commit_callbacks
):
    prime(client, "/glossary/latency/", "/glossary/", "/", "/blog/measuring/")

    with django_capture_on_commit_callbacks(execute=True):
        publish(pages.term, title="Network latency", summary="Time spent waiting.")

    term = soup(client.get("/glossary/latency/"))
    assert texts(term.select("h1")) == ["Network latency"]
    for path in ("/glossary/", "/", "/blog/measuring/"):
        listed = soup(client.get(path))
        assert texts(listed.select(".term-list__title")) == ["Network latency"] + (
            ["Throughput"] if path == "/glossary/" else []
        )
        assert "Time spent waiting." in texts(listed.select(".term-list__summary"))


CDN_VARIABLES = (
    "FRONTEND_CACHE_CLOUDFLARE_ZONEID",
    "FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN",
    "FRONTEND_CACHE_PURGE_URL",
)


def production_settings(monkeypatch, **environment):
    defaults = {
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "glossary.example.com",
        "DATABASE_URL": "postgres://glossary@db.internal/glossary",
        "WAGTAILADMIN_BASE_URL": "https://glossary.example.com",
        "WAGTAILAPI_BASE_URL": "https://glossary.example.com",
        "HEADLESS_CLIENT_URLS": "https://www.example.com/",
    }
    for name in CDN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in {**defaults, **environment}.items():
        monkeypatch.setenv(name, value)
    return runpy.run_module("cms.settings.production")


def test_production_configures_no_cdn_unless_told_to(monkeypatch):
    assert "WAGTAILFRONTENDCACHE" not in production_settings(monkeypatch)


def test_production_purges_cloudflare_and_an_http_cache_from_the_environment(monkeypatch):
    configured = production_settings(
        monkeypatch,
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone123",
        FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN="token456",
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081",
    )

    assert configured["WAGTAILFRONTENDCACHE"] == {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zone123",
            "BEARER_TOKEN": "token456",
        },
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish.internal:6081",
        },
    }


def test_production_refuses_a_cloudflare_zone_without_a_token(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"):
        production_settings(monkeypatch, FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone123")


def test_reading_the_production_settings_changes_nothing_in_the_running_ones(monkeypatch, settings):
    running = ("WAGTAIL_HEADLESS_PREVIEW", "STORAGES")
    before = [copy.deepcopy(getattr(settings, name)) for name in running]

    configured = production_settings(monkeypatch, AWS_STORAGE_BUCKET_NAME="media")

    assert configured["WAGTAIL_HEADLESS_PREVIEW"]["CLIENT_URLS"] == {"default": "https://www.example.com/"}
    assert configured["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert [getattr(settings, name) for name in running] == before


def test_making_a_term_private_purges_the_pages_that_show_it(client, pages, cdn, django_capture_on_commit_callbacks):
    assert "Waiting time." in client.get("/blog/measuring/").content.decode()  # cached, with the related term

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=pages.term, restriction_type=PageViewRestriction.LOGIN)

    assert page_urls(cdn) == urls(*TERM_AND_ITS_READERS)
    response = client.get("/blog/measuring/")
    assert response["X-Cache"] == "MISS"
    assert "Latency" not in texts(soup(response).select(".related-terms a"))
