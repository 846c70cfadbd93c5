"""The glossary index's "Find a term" filter: by title or alias, and without JavaScript."""

import pytest

from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryAlias


@pytest.fixture
def terms(tree):
    backend = GlossaryPageFactory(parent=tree.glossary, title="Backend Software Development")
    backend.term_aliases = [GlossaryAlias(name="Server-side development")]
    backend.save()
    GlossaryPageFactory(parent=tree.glossary, title="API")
    GlossaryPageFactory(parent=tree.glossary, title="Frontend Development")
    GlossaryPageFactory(parent=tree.glossary, title="Serverless draft", live=False)
    return tree


def listed(html):
    return texts(html.select(".term-list__title"))


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("development", ["Backend Software Development", "Frontend Development"]),
        ("SERVER", ["Backend Software Development"]),
        ("  api ", ["API"]),
        ("serverless", []),
    ],
)
def test_the_filter_matches_titles_and_aliases_without_javascript(client, terms, query, titles):
    assert listed(soup(client.get("/glossary/", {"q": query}))) == titles


def test_the_filter_says_how_many_match_and_how_to_see_all(client, terms):
    html = soup(client.get("/glossary/", {"q": "development"}))
    assert " ".join(html.select_one("[data-term-filter-status]").get_text().split()) == (
        "2 terms match “development” Show all terms"
    )
    assert html.select_one("#term-filter")["value"] == "development"
    assert texts(html.select(".letter-nav__link")) == ["B", "F"]


def test_one_match_is_counted_in_the_singular(client, terms):
    html = soup(client.get("/glossary/", {"q": "server"}))
    assert " ".join(html.select_one("[data-term-filter-status]").get_text().split()) == (
        "1 term matches “server” Show all terms"
    )


def test_no_match_says_so(client, terms):
    html = soup(client.get("/glossary/", {"q": "kubernetes"}))
    assert " ".join(html.select_one(".empty-state").get_text().split()) == (
        "No terms match “kubernetes”. Show all terms"
    )


def test_each_term_carries_what_the_script_matches(client, terms):
    html = soup(client.get("/glossary/"))
    assert [item["data-filter-text"] for item in html.select(".term-list__item")] == [
        "api",
        "backend software development server-side development",
        "frontend development",
    ]
    assert html.select_one('script[src="/static/glossary/js/term-filter.js"]') is not None
