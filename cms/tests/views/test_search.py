"""Site search (/search/) and the same search through the API: ranked, paginated, never a draft."""

import re
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from blog.factories import BlogPageFactory, blog_body
from blog.models import BlogPage
from cms.tests.html import soup, texts
from cms.views.search import searched_types
from glossary.factories import GlossaryPageFactory, glossary_body
from glossary.models import GlossaryAlias, GlossaryPage
from tests.site_tree import translate

# The condition Wagtail's database backend searches with on PostgreSQL.
MATCH = re.compile(
    r'\("wagtailsearch_indexentry"\."title" \|\| "wagtailsearch_indexentry"\."body"\) @@ \(to_tsquery\([^)]*\)\)'
)


@pytest.fixture
def terms(tree):
    api = GlossaryPageFactory(parent=tree.glossary, title="API", summary="How programs ask each other for data.")
    api.term_aliases = [GlossaryAlias(name="Application programming interface")]
    api.save()
    GlossaryPageFactory(
        parent=tree.glossary,
        title="REST",
        summary="An API style: every API resource has a URL, and the API uses HTTP verbs.",
        body=glossary_body("REST: an API style built on HTTP. API API API."),
    )
    BlogPageFactory(
        parent=tree.blog, title="Designing good interfaces", body=blog_body(words=20), intro="Why the API matters."
    )
    GlossaryPageFactory(parent=tree.glossary, title="API gateway draft", live=False, summary="Draft about API.")
    private = GlossaryPageFactory(parent=tree.glossary, title="Private API notes", summary="API internals.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    # The worker indexes a page after its transaction commits, aliases included; tests run
    # tasks inline, before a page's aliases are saved, so index once the way the worker would.
    call_command("update_index", stdout=StringIO())
    return api


def result_titles(client, query):
    html = soup(client.get("/search/", {"q": query}))
    return texts(html.select(".search-results__title"))


def test_a_term_ranks_first_for_its_own_name(client, terms):
    assert result_titles(client, "api") == ["API", "REST", "Designing good interfaces"]


def test_a_term_ranks_first_for_its_alias(client, terms):
    assert result_titles(client, "application programming interface")[0] == "API"


def test_the_api_search_ranks_the_same_way(client, terms):
    items = client.get("/api/v2/pages/?search=api").json()["items"]
    assert [item["title"] for item in items] == ["API", "REST", "Designing good interfaces"]


def test_results_show_kind_title_link_and_summary(client, terms):
    html = soup(client.get("/search/", {"q": "api"}))
    first = html.select_one(".search-results__item")
    assert texts(first.select(".search-results__kind, .search-results__title, .search-results__summary")) == [
        "Glossary term",
        "API",
        "How programs ask each other for data.",
    ]
    assert first.select_one("a")["href"] == "/glossary/api/"
    assert texts(html.select('[role="status"]')) == ["3 results for “api”"]
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"


def test_drafts_and_private_pages_are_never_found(client, terms):
    assert result_titles(client, "gateway") == []
    assert result_titles(client, "internals") == []
    assert [item["title"] for item in client.get("/api/v2/pages/?search=internals").json()["items"]] == []


def test_empty_and_no_result_states(client, terms):
    empty = soup(client.get("/search/"))
    assert texts(empty.select(".empty-state")) == ["Type a word or a phrase to search the glossary and the blog."]
    none = soup(client.get("/search/", {"q": "kubernetes"}))
    assert " ".join(none.select_one(".empty-state").get_text().split()) == (
        "No results for “kubernetes”. Try another word, or browse the glossary A–Z."
    )
    assert none.select_one(".empty-state a")["href"] == "/glossary/"


def test_results_are_paginated(client, tree):
    for number in range(12):
        GlossaryPageFactory(parent=tree.glossary, title=f"Queue {number:02d}", summary="A queue of messages.")

    first = soup(client.get("/search/", {"q": "queue"}))
    second = soup(client.get("/search/", {"q": "queue", "page": 2}))

    assert len(first.select(".search-results__item")) == 10
    assert len(second.select(".search-results__item")) == 2
    assert texts(second.select(".pagination__status")) == ["Page 2 of 2"]
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?q=queue&page=2"


def test_long_queries_are_cut_and_say_so(client, terms):
    response = client.get("/search/", {"q": "api " + "x" * 300})
    html = soup(response)
    assert response.status_code == 200
    assert html.select_one("#search-page-query")["value"] == ("api " + "x" * 300)[:100]
    assert "Searches are limited to 100 characters" in texts(html.select(".filter-status"))[0]


@pytest.mark.parametrize("query", ['"unterminated', "a'\"", "(api", "api AND (", "%", "c++", "c#"])
def test_search_syntax_never_breaks_the_page(client, terms, query):
    assert client.get("/search/", {"q": query}).status_code == 200


def test_every_page_has_the_search_box(client, terms):
    html = soup(client.get("/glossary/api/"))
    form = html.select_one('header form[role="search"]')
    assert form["action"] == "/search/"
    assert form.select_one("label")["for"] == form.select_one("input")["id"] == "site-search"


def test_searches_read_only_matching_index_entries(client, terms):
    """Wagtail matches on `(title || body)`; migration cms 0004 indexes that very expression."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/search/", {"q": "interface"}).status_code == 200
    match = MATCH.search(" ".join(query["sql"] for query in captured.captured_queries))
    assert match is not None
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a handful of rows would be read in one go
        cursor.execute(f"EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE {match.group(0)}")  # noqa: S608
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on cms_search_title_body_gin" in plan


def test_the_page_types_searched_are_those_that_name_their_results():
    assert searched_types() == [GlossaryPage, BlogPage]


def found(client, path, query):
    html = soup(client.get(path, {"q": query}))
    return [(link.get_text(), link["href"]) for link in html.select(".search-results__title a")]


def test_each_language_searches_its_own_pages(client, tree, german_tree):
    """`/search/` finds English pages, `/de/search/` German ones; never an unpublished translation."""
    api = GlossaryPageFactory(parent=tree.glossary, title="API", slug="api", summary="How programs talk.")
    translate(api, title="API", summary="Wie Programme miteinander sprechen.")
    webhook = GlossaryPageFactory(parent=tree.glossary, title="Webhook", slug="webhook", summary="A call back.")
    translate(webhook, publish=False, title="Webhook", summary="Ein Rückruf.")
    BlogPageFactory(parent=german_tree.blog, title="Rückruf", slug="rueckruf", intro="Ein Artikel über Rückrufe.")
    call_command("update_index", stdout=StringIO())

    assert found(client, "/de/search/", "api") == [("API", "/de/glossary/api/")]
    assert found(client, "/search/", "api") == [("API", "/glossary/api/")]
    assert found(client, "/de/search/", "webhook") == []
    assert found(client, "/de/search/", "rückruf") == [("Rückruf", "/de/blog/rueckruf/")]
    assert found(client, "/search/", "webhook") == [("Webhook", "/glossary/webhook/")]
    assert found(client, "/search/", "rückruf") == []
