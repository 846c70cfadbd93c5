"""Cached answers compressed once: readers that accept gzip get the stored compressed body."""

import gzip

import pytest

from wagtail.models import APIToken

pytestmark = pytest.mark.usefixtures("page_cache_on")

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
ENTRY = "/glossary/caching/"
EMPTY_LISTING = "/api/v2/pages/?type=glossary.GlossaryPage&slug=no-such-entry"


def v2_detail(page):
    return f"/api/v2/pages/{page.pk}/"


def v3_detail(page):
    return f"/api/v3/pages/{page.pk}/"


def without(response, *names):
    return {name: value for name, value in response.items() if name not in names}


def publish(page, django_capture_on_commit_callbacks, **changes):
    with django_capture_on_commit_callbacks(execute=True):
        for name, value in changes.items():
            setattr(page, name, value)
        page.save_revision().publish()


@pytest.mark.parametrize("url_of", [v2_detail, v3_detail], ids=["v2", "v3"])
def test_an_api_answer_is_compressed_once_and_served_compressed_from_the_cache(
    client, entry, url_of, django_assert_num_queries
):
    first = client.get(url_of(entry), **GZIP)
    with django_assert_num_queries(0):
        hit = client.get(url_of(entry), **GZIP)
        identity = client.get(url_of(entry))

    assert [first["X-Cache"], hit["X-Cache"], identity["X-Cache"]] == ["MISS", "HIT", "HIT"]
    assert hit.content == first.content, "the hit serves the body compressed when it was stored"
    assert gzip.decompress(hit.content) == identity.content
    assert hit["Content-Encoding"] == "gzip"
    assert hit["Content-Length"] == str(len(hit.content))
    assert hit["Vary"] == "Cookie, Authorization, Accept-Encoding, origin"
    assert hit["ETag"] == "W/" + identity["ETag"]
    assert hit["Cache-Control"] == "max-age=0, s-maxage=600"
    assert hit["Content-Type"] == identity["Content-Type"]
    assert "Content-Encoding" not in identity
    assert identity["Vary"] == "Cookie, Authorization, Accept-Encoding, origin"
    assert identity["Content-Length"] == str(len(identity.content))
    assert without(hit, "X-Cache", "Content-Encoding", "Content-Length", "ETag") == without(
        identity, "X-Cache", "Content-Length", "ETag"
    )


def test_a_page_is_served_compressed_to_readers_that_accept_gzip(client, entry, django_assert_num_queries):
    identity_miss = client.get(ENTRY)
    with django_assert_num_queries(0):
        hit = client.get(ENTRY, **GZIP)
        identity = client.get(ENTRY)

    assert [identity_miss["X-Cache"], hit["X-Cache"], identity["X-Cache"]] == ["MISS", "HIT", "HIT"]
    assert gzip.decompress(hit.content) == identity.content == identity_miss.content
    assert b"<h1>Caching</h1>" in identity.content
    assert (hit["Content-Encoding"], hit["Vary"], hit["Content-Length"]) == (
        "gzip",
        "Cookie, Accept-Encoding",
        str(len(hit.content)),
    )
    assert (identity["Vary"], "Content-Encoding" in identity) == ("Cookie, Accept-Encoding", False)


@pytest.mark.parametrize("accept_encoding", ["", "identity", "br", "deflate"])
def test_a_client_that_does_not_accept_gzip_gets_the_body_as_it_is(client, entry, accept_encoding):
    client.get(ENTRY, **GZIP)
    answer = client.get(ENTRY, HTTP_ACCEPT_ENCODING=accept_encoding)

    assert answer["X-Cache"] == "HIT"
    assert "Content-Encoding" not in answer
    assert answer["Vary"] == "Cookie, Accept-Encoding"
    assert b"<h1>Caching</h1>" in answer.content


def test_a_reader_holding_the_compressed_etag_gets_304(client, entry, django_assert_num_queries):
    etag = client.get(v2_detail(entry), **GZIP)["ETag"]

    with django_assert_num_queries(0):
        not_modified = client.get(v2_detail(entry), HTTP_IF_NONE_MATCH=etag, **GZIP)
    other = client.get(v2_detail(entry), HTTP_IF_NONE_MATCH='W/"an-older-answer"', **GZIP)

    assert etag.startswith('W/"')
    assert (not_modified.status_code, not_modified.content) == (304, b"")
    assert not_modified["ETag"] == etag
    assert not_modified["Vary"] == "Cookie, Authorization, Accept-Encoding, origin"
    assert (other.status_code, other["Content-Encoding"]) == (200, "gzip")


def test_a_publish_retires_both_representations(client, entry, django_capture_on_commit_callbacks):
    old_etag = client.get(v2_detail(entry), **GZIP)["ETag"]
    client.get(v2_detail(entry))

    publish(entry, django_capture_on_commit_callbacks, title="Response caching")
    compressed = client.get(v2_detail(entry), HTTP_IF_NONE_MATCH=old_etag, **GZIP)
    identity = client.get(v2_detail(entry))

    assert [compressed.status_code, compressed["X-Cache"], identity["X-Cache"]] == [200, "MISS", "HIT"]
    assert compressed["ETag"] != old_etag
    assert compressed["ETag"] == "W/" + identity["ETag"]
    assert gzip.decompress(compressed.content) == identity.content
    assert identity.json()["title"] == "Response caching"


def test_a_small_answer_is_stored_and_served_as_it_is(client, tree, django_assert_num_queries):
    first = client.get(EMPTY_LISTING, **GZIP)
    with django_assert_num_queries(0):
        hit = client.get(EMPTY_LISTING, **GZIP)

    assert (first["X-Cache"], hit["X-Cache"]) == ("MISS", "HIT")
    assert hit.json() == {"meta": {"total_count": 0}, "items": []}
    assert "Content-Encoding" not in hit
    assert hit["Vary"] == "Cookie, Authorization, origin"


def test_a_token_gets_its_answer_uncompressed(client, entry, django_user_model):
    user = django_user_model.objects.create_superuser("admin-reader", "reader@example.com", "pw")
    _token, secret = APIToken.create_token(user=user, name="front-end build")

    answer = client.get(v2_detail(entry), HTTP_AUTHORIZATION=f"Bearer {secret}", **GZIP)

    assert answer.json()["title"] == "Caching"
    assert "Content-Encoding" not in answer
    assert answer["Vary"] == "Cookie, Authorization, origin"
