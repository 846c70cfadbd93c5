"""Whatever a client sends, the APIs answer with a status below 500 and say what was wrong."""

import pytest

NASTY_LISTING_QUERIES = [
    "search=%00",
    "search=a%27%22",
    "search=%22unterminated",
    "search=a%20AND%20(b",
    "search=" + "x" * 2000,
    "search_operator=xor&search=a",
    "order=random&offset=5",
    "child_of=0",
    "child_of=-1",
    "child_of=99999",
    "descendant_of=abc",
    "type=",
    "letter=",
    "tag=%00",
    "fields=body(x)",
    "fields=*,-title",
    "limit=0",
    "offset=99999",
    "locale=xx",
    "site=nope",
    "rich_text_format=x",
    "title=%00",
    "type=glossary.GlossaryPage&summary=%00",
]

NASTY_FIND_QUERIES = [
    "id=abc",
    "id=-1",
    "id=%00",
    "html_path=%00",
    "html_path=",
    "html_path=/../",
    "site=x&html_path=/",
]


def assert_client_error_or_success(response):
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        body = response.json()
        assert body.get("message") or body.get("detail"), body


@pytest.mark.parametrize("query", NASTY_LISTING_QUERIES)
def test_listings_never_fail(client, content, query):
    assert_client_error_or_success(client.get(f"/api/v2/pages/?{query}"))
    assert_client_error_or_success(client.get(f"/api/v3/pages/?{query}"))


@pytest.mark.parametrize("query", NASTY_FIND_QUERIES)
def test_find_never_fails(client, content, query):
    assert_client_error_or_success(client.get(f"/api/v2/pages/find/?{query}"))
    assert_client_error_or_success(client.get(f"/api/v3/pages/find/?{query}"))


@pytest.mark.parametrize("endpoint", ["images", "documents", "redirects", "page_preview"])
@pytest.mark.parametrize("query", ["search=%00", "id=abc", "search_operator=xor&search=a", "order=%00"])
def test_other_v2_endpoints_never_fail(client, content, endpoint, query):
    assert_client_error_or_success(client.get(f"/api/v2/{endpoint}/?{query}"))
    if endpoint != "page_preview":
        assert_client_error_or_success(client.get(f"/api/v2/{endpoint}/find/?{query}"))
        assert_client_error_or_success(client.get(f"/api/v3/{endpoint}/?{query}"))


def test_search_with_quotes_still_finds_the_term(client, content):
    response = client.get('/api/v2/pages/?type=glossary.GlossaryPage&search="backend software"')
    assert [item["title"] for item in response.json()["items"]] == ["Backend Software Development"]


def test_bad_search_operator_is_explained(client, content):
    response = client.get("/api/v2/pages/?search=a&search_operator=xor")
    assert (response.status_code, response.json()) == (400, {"message": "search_operator must be 'and' or 'or'"})


def test_null_characters_are_refused(client, content):
    response = client.get("/api/v2/pages/?search=%00")
    assert (response.status_code, response.json()) == (400, {"message": "null characters are not allowed"})
    assert client.get("/api/v3/pages/?search=%00").json()["detail"] == "Null characters are not allowed"
