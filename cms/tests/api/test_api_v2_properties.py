"""API v2's query parameters, given arbitrary values: never a server error, and every refusal is
a JSON `{"message": ...}` that says what was wrong."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Any text a URL can carry: null characters, quotes, control and non-Latin characters included.
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
numbers = st.integers(min_value=-(2**70), max_value=2**70).map(str)


def sometimes_valid(*values):
    return st.one_of(st.sampled_from(values), numbers, any_text)


LISTING_PARAMETERS = {
    "limit": sometimes_valid("1", "20", "100", "101", "0"),
    "offset": sometimes_valid("0", "3", "1000"),
    "order": sometimes_valid("title", "-title", "id", "random", "last_published_at", "body"),
    "type": sometimes_valid("glossary.GlossaryPage", "blog.BlogPage", "wagtailcore.Page", "glossary", "x.Y"),
    "fields": sometimes_valid("*", "-title", "body", "_,title", "related_terms(title)", "summary,-summary"),
    "search": any_text,
    "search_operator": sometimes_valid("and", "or"),
    "letter": sometimes_valid("b", "A", "0-9", "ab"),
    "tag": sometimes_valid("cloud", "Cloud"),
    "child_of": sometimes_valid("1", "root"),
    "descendant_of": sometimes_valid("1", "root"),
    "site": sometimes_valid("localhost", "localhost:80", "localhost:x", "nope"),
}
FIND_PARAMETERS = {
    "html_path": sometimes_valid("/", "/glossary/", "/glossary/backend-software-development/", "/glossary/draft-term/"),
    "id": numbers,
    "type": LISTING_PARAMETERS["type"],
    "fields": LISTING_PARAMETERS["fields"],
    "site": LISTING_PARAMETERS["site"],
}
unknown_parameters = st.dictionaries(any_text.filter(lambda name: name not in LISTING_PARAMETERS), any_text, max_size=2)


def queries(parameters):
    known = st.fixed_dictionaries({}, optional=parameters)
    return st.tuples(known, unknown_parameters).map(lambda pair: {**pair[1], **pair[0]})


fuzz_settings = settings(
    max_examples=250,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_answered_without_failing(response):
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        body = response.json()
        assert list(body) == ["message"], body
        assert isinstance(body["message"], str), body
        assert body["message"].strip(), body


@fuzz_settings
@given(query=queries(LISTING_PARAMETERS))
def test_page_listing_takes_any_query(client, content, query):
    assert_answered_without_failing(client.get(f"/api/v2/pages/?{urlencode(query)}"))


@fuzz_settings
@given(query=queries(FIND_PARAMETERS))
def test_find_takes_any_query(client, content, query):
    assert_answered_without_failing(client.get(f"/api/v2/pages/find/?{urlencode(query)}"))


@pytest.mark.parametrize("page_type", ["glossary.GlossaryPage", "blog.BlogPage"])
def test_find_by_unknown_id_of_a_type_is_not_found(client, content, page_type):
    response = client.get(f"/api/v2/pages/find/?type={page_type}&id=99999")
    assert (response.status_code, response.json()) == (404, {"message": "not found"})


@pytest.mark.parametrize("endpoint", ["/api/v2/pages/", "/api/v2/pages/find/"])
def test_a_site_port_that_is_not_a_number_is_refused(client, content, endpoint):
    response = client.get(f"{endpoint}?site=localhost:x&html_path=/")
    assert (response.status_code, response.json()) == (
        400,
        {"message": "site must be a hostname, or hostname:port with a numeric port"},
    )
