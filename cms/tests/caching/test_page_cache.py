"""The page cache as readers and editors meet it: who gets cached pages, and which pages are kept."""

import pytest

from django.conf import settings as django_settings
from django.core.cache import cache
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import resolve

from wagtail.models import PageViewRestriction
from wagtail.views import serve

from cms.caching import page_cache
from cms.tests.html import soup, texts

pytestmark = pytest.mark.usefixtures("page_cache_on")

PER_REQUEST_HEADERS = ("X-Cache",)


def same_headers(response):
    return {name: value for name, value in response.items() if name not in PER_REQUEST_HEADERS}


def test_the_second_anonymous_request_is_answered_from_the_cache_without_queries(
    client, entry, django_assert_num_queries
):
    first = client.get("/glossary/caching/")
    with django_assert_num_queries(0):
        second = client.get("/glossary/caching/")

    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert second.content == first.content
    assert same_headers(second) == same_headers(first)
    assert second["Vary"] == "Cookie, Accept-Encoding"
    assert second["Cache-Control"] == "max-age=0, s-maxage=600"
    assert not second.cookies


def test_a_reader_revalidating_a_page_gets_304_until_a_publish_changes_it(
    client, entry, django_assert_num_queries, django_capture_on_commit_callbacks
):
    first = client.get("/glossary/caching/", HTTP_ACCEPT_ENCODING="gzip")
    identity = client.get("/glossary/caching/")
    with django_assert_num_queries(0):
        not_modified = client.get("/glossary/caching/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])
    with django_capture_on_commit_callbacks(execute=True):
        entry.title = "Response caching"
        entry.save_revision().publish()
    changed = client.get("/glossary/caching/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first["ETag"].startswith('W/"')
    assert first["ETag"] == "W/" + identity["ETag"]
    assert (not_modified.status_code, not_modified.content, not_modified["ETag"]) == (304, b"", first["ETag"])
    assert not_modified["Vary"] == "Cookie, Accept-Encoding"
    assert not_modified["Cache-Control"] == "max-age=0, s-maxage=600"
    assert (changed.status_code, changed["X-Cache"]) == (200, "MISS")
    assert changed["ETag"] != first["ETag"]
    assert texts(soup(client.get("/glossary/caching/")).select("h1")) == ["Response caching"]


def test_a_private_page_has_no_etag_and_is_never_answered_304(client, entry):
    PageViewRestriction.objects.create(page=entry, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    response = client.get("/glossary/caching/", HTTP_IF_NONE_MATCH="*")

    assert response.status_code == 200
    assert "ETag" not in response


def test_a_head_request_is_answered_from_a_cached_get(client, entry):
    assert client.head("/glossary/caching/")["X-Cache"] == "MISS"
    assert client.get("/glossary/caching/")["X-Cache"] == "MISS"
    assert client.head("/glossary/caching/")["X-Cache"] == "HIT"


def test_query_strings_are_cached_apart_and_kept_from_shared_caches(client, entry):
    assert client.get("/glossary/", {"letter": "c"})["X-Cache"] == "MISS"
    assert client.get("/glossary/")["X-Cache"] == "MISS"
    hit = client.get("/glossary/", {"letter": "c"})

    assert hit["X-Cache"] == "HIT"
    assert hit["Cache-Control"] == "private, max-age=0"
    assert texts(soup(hit).select(".term-list__title")) == ["Caching"]


def test_an_editor_never_gets_a_cached_page(client, admin_client, entry):
    client.get("/glossary/caching/")

    response = admin_client.get("/glossary/caching/")

    assert response.status_code == 200
    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private"
    assert response["Vary"] == "Cookie"
    assert soup(response).select("wagtail-userbar"), "the editor's page is rendered for them"


def test_an_editor_never_fills_the_cache(client, admin_client, entry):
    admin_client.get("/glossary/caching/")

    assert client.get("/glossary/caching/")["X-Cache"] == "MISS"
    assert not soup(client.get("/glossary/caching/")).select("wagtail-userbar")


def test_a_post_is_neither_answered_from_nor_stored_in_the_cache(client, entry):
    post = client.post("/glossary/caching/")

    assert "X-Cache" not in post
    assert client.get("/glossary/caching/")["X-Cache"] == "MISS"
    assert "X-Cache" not in client.post("/glossary/caching/")


@pytest.mark.parametrize(
    ("restriction_type", "status"),
    [(PageViewRestriction.PASSWORD, 200), (PageViewRestriction.LOGIN, 302)],
)
def test_a_private_page_is_never_cached(client, entry, restriction_type, status):
    PageViewRestriction.objects.create(page=entry, restriction_type=restriction_type, password="secret")

    first = client.get("/glossary/caching/")
    second = client.get("/glossary/caching/")

    assert [first.status_code, second.status_code] == [status, status]
    assert [first["X-Cache"], second["X-Cache"]] == ["MISS", "MISS"]
    assert "no-store" in second["Cache-Control"]
    assert "private" in second["Cache-Control"]


def test_a_missing_page_is_not_cached(client, tree):
    first = client.get("/glossary/nothing-here/")
    second = client.get("/glossary/nothing-here/")

    assert [first.status_code, second.status_code] == [404, 404]
    assert [first["X-Cache"], second["X-Cache"]] == ["MISS", "MISS"]
    assert second["Cache-Control"] == "private"


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_is_never_cached(client, tree, url):
    client.get(url)

    response = client.get(url)

    assert response.status_code == 200
    assert "X-Cache" not in response


def test_a_new_generation_retires_every_cached_page(client, entry):
    client.get("/glossary/caching/")
    client.get("/glossary/")

    page_cache.new_generation()

    assert client.get("/glossary/caching/")["X-Cache"] == "MISS"
    assert client.get("/glossary/")["X-Cache"] == "MISS"


def test_a_lost_generation_never_brings_a_retired_page_back(client, entry):
    client.get("/glossary/caching/")

    cache.delete(page_cache.GENERATION_KEY)

    assert client.get("/glossary/caching/")["X-Cache"] == "MISS"


def test_a_page_rendered_before_a_purge_is_never_served_after_it(client, rf, entry):
    """A reader's view reads the database, then a publish commits and purges, then it stores its page."""

    def render_while_a_publish_commits(request):
        request.resolver_match = resolve(request.path_info)
        response = serve(request, *request.resolver_match.args)
        response.render()
        page_cache.new_generation()
        return response

    stale = page_cache.PageCacheMiddleware(render_while_a_publish_commits)(rf.get("/glossary/caching/"))

    assert stale["X-Cache"] == "MISS"
    assert client.get("/glossary/caching/")["X-Cache"] == "MISS"
    assert client.get("/glossary/caching/")["X-Cache"] == "HIT"


def test_page_cache_seconds_zero_turns_the_cache_off(client, settings, entry):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/glossary/caching/")

    response = client.get("/glossary/caching/")

    assert "X-Cache" not in response
    assert "Cache-Control" not in response


@pytest.mark.parametrize(
    "response",
    [
        HttpResponse("Not found", status=404),
        StreamingHttpResponse(iter([b"streamed"])),
        HttpResponse("Per language", headers={"Vary": "Accept-Language"}),
        HttpResponse("Per reader", headers={"Cache-Control": "private"}),
        HttpResponse("Never", headers={"Cache-Control": "no-cache"}),
    ],
    ids=["404", "streaming", "varies-on-language", "private", "no-cache"],
)
def test_responses_that_are_not_for_everyone_are_not_shareable(response):
    assert not page_cache.is_shareable(response)


def test_a_response_that_sets_a_cookie_is_not_shareable():
    response = HttpResponse("Hello")
    response.set_cookie("seen", "1")

    assert not page_cache.is_shareable(response)
    assert page_cache.is_shareable(HttpResponse("Hello", headers={"Vary": "Cookie"}))


def test_cache_hits_are_answered_before_sessions_and_users_are_loaded():
    middleware = django_settings.MIDDLEWARE
    position = middleware.index("cms.caching.page_cache.PageCacheMiddleware")

    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < position
    assert position < middleware.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert position < middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware")
