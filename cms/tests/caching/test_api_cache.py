"""The read API in the page cache: anonymous reads of API v2 and v3 are shared, and a publish shows at once."""

import pytest

from wagtail.models import APIToken

from cms.caching import page_cache

pytestmark = pytest.mark.usefixtures("page_cache_on")

V2_LISTING = "/api/v2/pages/?type=glossary.GlossaryPage&fields=summary"
DRAFT_TITLE = "Caching (draft, not reviewed)"


@pytest.fixture
def token(django_user_model):
    user = django_user_model.objects.create_superuser("admin-reader", "reader@example.com", "pw")
    _token, secret = APIToken.create_token(user=user, name="front-end build")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def v2_detail(page):
    return f"/api/v2/pages/{page.pk}/"


def v3_detail(page):
    return f"/api/v3/pages/{page.pk}/"


def same_headers(response):
    return {name: value for name, value in response.items() if name != "X-Cache"}


def publish(page, django_capture_on_commit_callbacks, **changes):
    with django_capture_on_commit_callbacks(execute=True):
        for name, value in changes.items():
            setattr(page, name, value)
        page.save_revision().publish()


def save_draft(page, title):
    page.title = title
    page.save_revision()


@pytest.mark.parametrize("url_of", [v2_detail, v3_detail], ids=["v2", "v3"])
def test_a_detail_is_answered_from_the_cache_without_queries(client, entry, url_of, django_assert_num_queries):
    first = client.get(url_of(entry))
    with django_assert_num_queries(0):
        second = client.get(url_of(entry))

    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert second.content == first.content
    assert same_headers(second) == same_headers(first)
    assert second.json()["title"] == "Caching"
    assert second["Cache-Control"] == "max-age=0, s-maxage=600"
    assert second["Vary"] == "Cookie, Authorization, Accept-Encoding, origin"
    assert second["ETag"] == first["ETag"]
    assert not second.cookies


def test_a_listing_with_a_query_string_is_shared_in_our_cache_but_kept_from_a_cdn(
    client, entry, django_assert_num_queries
):
    first = client.get(V2_LISTING)
    with django_assert_num_queries(0):
        second = client.get(V2_LISTING)

    assert [first["X-Cache"], second["X-Cache"]] == ["MISS", "HIT"]
    assert second.content == first.content
    assert [(item["title"], item["summary"]) for item in second.json()["items"]] == [("Caching", "Keeping answers.")]
    assert second["Cache-Control"] == "private, max-age=0"
    assert client.get("/api/v2/pages/?type=glossary.GlossaryPage")["X-Cache"] == "MISS"


def test_a_published_title_shows_at_once_in_every_api_answer(client, entry, django_capture_on_commit_callbacks):
    for url in (v2_detail(entry), V2_LISTING, v3_detail(entry), "/api/v3/pages/?type=glossary.GlossaryPage"):
        client.get(url)

    publish(entry, django_capture_on_commit_callbacks, title="Response caching")

    v2 = client.get(v2_detail(entry))
    listing = client.get(V2_LISTING)
    v3 = client.get(v3_detail(entry))
    v3_listing = client.get("/api/v3/pages/?type=glossary.GlossaryPage")
    assert [v2["X-Cache"], listing["X-Cache"], v3["X-Cache"], v3_listing["X-Cache"]] == ["MISS"] * 4
    assert v2.json()["title"] == "Response caching"
    assert [item["title"] for item in listing.json()["items"]] == ["Response caching"]
    assert v3.json()["title"] == "Response caching"
    assert [item["title"] for item in v3_listing.json()["items"]] == ["Response caching"]


def test_a_draft_title_never_reaches_a_cached_answer(client, entry, token):
    save_draft(entry, DRAFT_TITLE)

    readers_answers = [
        client.get(url)
        for url in (v2_detail(entry), V2_LISTING, v3_detail(entry), f"{v3_detail(entry)}?version=draft")
        for _twice in range(2)
    ]
    editor_draft = client.get(f"{v3_detail(entry)}?version=draft", **token)

    assert editor_draft.json()["title"] == DRAFT_TITLE
    assert editor_draft["Cache-Control"] == "private"
    assert "X-Cache" not in editor_draft
    assert all(DRAFT_TITLE not in answer.content.decode() for answer in readers_answers)
    assert [answer["X-Cache"] for answer in readers_answers[-2:]] == ["MISS", "MISS"], "version=draft is never stored"
    assert client.get(f"{v3_detail(entry)}?version=draft").json()["title"] == "Caching"


@pytest.mark.parametrize("url_of", [v2_detail, v3_detail], ids=["v2", "v3"])
def test_a_token_never_gets_a_cached_answer_and_never_stores_one(client, entry, token, url_of):
    with_token = client.get(url_of(entry), **token)
    anonymous = client.get(url_of(entry))
    with_token_after = client.get(url_of(entry), **token)

    assert anonymous["X-Cache"] == "MISS", "the token's answer was not stored"
    assert "X-Cache" not in with_token_after, "the anonymous answer is not served to a token"
    assert [with_token.status_code, with_token_after.status_code] == [200, 200]
    assert with_token_after["Cache-Control"] == "private"
    assert with_token_after["Vary"] == "Cookie, Authorization, origin"
    assert "ETag" not in with_token_after


@pytest.mark.parametrize("url_of", [v2_detail, v3_detail], ids=["v2", "v3"])
def test_a_session_never_gets_a_cached_answer_and_never_stores_one(client, admin_client, entry, url_of):
    with_session = admin_client.get(url_of(entry))
    anonymous = client.get(url_of(entry))
    with_session_after = admin_client.get(url_of(entry))

    assert anonymous["X-Cache"] == "MISS", "the session's answer was not stored"
    assert "X-Cache" not in with_session_after
    assert [with_session.status_code, with_session_after.status_code] == [200, 200]
    assert with_session_after["Cache-Control"] == "private"


@pytest.mark.parametrize("url_of", [v2_detail, v3_detail], ids=["v2", "v3"])
def test_a_reader_holding_the_etag_gets_304_not_modified(client, entry, url_of, django_assert_num_queries):
    etag = client.get(url_of(entry))["ETag"]

    with django_assert_num_queries(0):
        not_modified = client.get(url_of(entry), HTTP_IF_NONE_MATCH=etag)
    other = client.get(url_of(entry), HTTP_IF_NONE_MATCH='"an-older-answer"')

    assert (not_modified.status_code, not_modified.content) == (304, b"")
    assert not_modified["ETag"] == etag
    assert not_modified["Cache-Control"] == "max-age=0, s-maxage=600"
    assert (other.status_code, other.json()["title"]) == (200, "Caching")


def test_an_unchanged_answer_keeps_its_etag_across_generations(client, entry):
    etag = client.get(v3_detail(entry))["ETag"]

    page_cache.new_generation()
    fresh = client.get(v3_detail(entry), HTTP_IF_NONE_MATCH=etag)

    assert fresh.status_code == 304
    assert client.get(v3_detail(entry))["X-Cache"] == "HIT", "the fresh answer was stored"


def test_a_changed_answer_gets_a_new_etag(client, entry, django_capture_on_commit_callbacks):
    etag = client.get(v2_detail(entry))["ETag"]

    publish(entry, django_capture_on_commit_callbacks, title="Response caching")
    changed = client.get(v2_detail(entry), HTTP_IF_NONE_MATCH=etag)

    assert (changed.status_code, changed.json()["title"]) == (200, "Response caching")
    assert changed["ETag"] != etag


def test_the_preview_endpoint_is_never_cached(client, entry):
    save_draft(entry, DRAFT_TITLE)
    preview = entry.create_page_preview()
    url = f"/api/v2/page_preview/?content_type=glossary.glossarypage&token={preview.token}"

    first = client.get(url)
    second = client.get(url)

    assert [first.json()["title"], second.json()["title"]] == [DRAFT_TITLE, DRAFT_TITLE]
    assert "X-Cache" not in second
    assert "ETag" not in second
    assert second["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("url", "status"),
    [("/api/v2/pages/999999/", 404), ("/api/v3/pages/999999/", 404), ("/api/v2/pages/?limit=x", 400)],
)
def test_error_answers_are_not_stored(client, tree, url, status):
    first = client.get(url)
    second = client.get(url)

    assert [first.status_code, second.status_code] == [status, status]
    assert [first["X-Cache"], second["X-Cache"]] == ["MISS", "MISS"]
    assert "ETag" not in second


def test_only_page_reads_are_cached(client, entry):
    for url in ("/api/v2/images/", "/api/v2/redirects/", "/api/v3/openapi.json"):
        client.get(url)
        assert "X-Cache" not in client.get(url), url
