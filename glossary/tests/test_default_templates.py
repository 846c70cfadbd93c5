"""The package's own entry and index templates: what readers of a site that does not override them see."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from django.core.cache import cache

from wagtail.models import Page, Site

from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory, glossary_body
from glossary.models import GlossaryAlias, GlossaryRelatedTerm
from glossary.tests.testapp.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary():
    """The glossary index under the only site's home page, with a terms version no earlier test built for."""
    cache.clear()
    Page.objects.filter(depth=2).delete()
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="home"))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return GlossaryIndexPageFactory(parent=home, intro="<p>The words our teams use.</p>")


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [" ".join(element.get_text().split()) for element in elements]


def json_ld(html):
    return [json.loads(script.string) for script in html.select('script[type="application/ld+json"]')]


@pytest.fixture
def entry(glossary):
    cache_entry = GlossaryPageFactory(parent=glossary, title="Cache", slug="cache", summary="Keeps answers close.")
    body = glossary_body("API")
    body[0]["value"]["text"] = "<p>An API often answers from a cache.</p>"
    api = GlossaryPageFactory(
        parent=glossary,
        title="API",
        slug="api",
        summary="How programs ask each other for data.",
        body=body,
        last_reviewed=datetime.date(2026, 3, 1),
    )
    GlossaryAlias.objects.create(page=api, name="Web API")
    GlossaryRelatedTerm.objects.create(page=api, term=cache_entry)
    return api


def test_an_entry_shows_its_summary_aliases_sections_related_terms_and_review_date(client, entry):
    html = html_of(client.get("/glossary/api/"))

    assert texts(html.select("h1")) == ["API"]
    assert texts(html.select(".lead")) == ["How programs ask each other for data."]
    assert texts(html.select(".aliases")) == ["Also known as: Web API"]
    assert [(link["href"], link.get_text()) for link in html.select("nav.toc ol a")] == [
        ("#definition", "What is API?"),
        ("#advantages", "Advantages"),
        ("#applications", "Applications"),
    ]
    assert texts(html.select(".glossary-entry__body h2")) == ["What is API?", "Advantages", "Applications"]
    assert [(link["href"], link.get_text()) for link in html.select(".related-terms a")] == [
        ("/glossary/cache/", "Cache")
    ]
    assert texts(html.select(".last-reviewed")) == ["Last reviewed March 1, 2026"]
    assert html.select_one(".last-reviewed time")["datetime"] == "2026-03-01"


def test_an_entry_links_the_terms_its_body_mentions_with_their_summaries(client, entry):
    html = html_of(client.get("/glossary/api/"))

    link = html.select_one(".glossary-entry__body a.term-link")
    assert (link["href"], link.get_text()) == ("/glossary/cache/", "cache")
    assert texts(html.select(f"#{link['aria-describedby']}[role=tooltip]")) == ["Keeps answers close."]


def test_an_entry_loads_the_glossary_stylesheet_and_tooltip_script_and_describes_itself_as_a_defined_term(
    client, entry
):
    html = html_of(client.get("/glossary/api/"))

    assert [link["href"] for link in html.select("link[rel=stylesheet]")] == ["/static/glossary/css/glossary.css"]
    assert [script["src"] for script in html.select("script[src]")] == ["/static/glossary/js/term-tips.js"]
    assert json_ld(html) == [
        {
            "@context": "https://schema.org",
            "@type": "DefinedTerm",
            "name": "API",
            "description": "How programs ask each other for data.",
            "url": "http://localhost/glossary/api/",
            "inLanguage": "en",
            "alternateName": ["Web API"],
            "inDefinedTermSet": {
                "@type": "DefinedTermSet",
                "name": "Glossary",
                "url": "http://localhost/glossary/",
                "inLanguage": "en",
            },
        }
    ]


def test_the_index_lists_the_terms_under_their_letters(client, entry):
    html = html_of(client.get("/glossary/"))

    assert texts(html.select("h1")) == ["Glossary"]
    assert texts(html.select(".intro")) == ["The words our teams use."]
    assert texts(html.select("label[for=term-filter]")) == ["Find a term"]
    search = html.select_one("input#term-filter")
    assert (search["name"], search["maxlength"], search["value"]) == ("q", "100", "")
    assert [(link["href"], link.get_text()) for link in html.select(".letter-nav a")] == [
        ("?letter=a", "A"),
        ("?letter=c", "C"),
    ]
    assert html.select(".letter-nav [aria-current]") == []
    assert texts(html.select(".term-group h2")) == ["A", "C"]
    assert texts(html.select(".term-list__title")) == ["API", "Cache"]
    assert [item["data-filter-text"] for item in html.select(".term-list__item")] == ["api web api", "cache"]
    assert [script["src"] for script in html.select("script[src]")] == ["/static/glossary/js/term-filter.js"]
    assert json_ld(html) == [
        {
            "@context": "https://schema.org",
            "@type": "DefinedTermSet",
            "name": "Glossary",
            "url": "http://localhost/glossary/",
            "inLanguage": "en",
            "hasDefinedTerm": [
                {"@type": "DefinedTerm", "name": "API", "url": "http://localhost/glossary/api/", "inLanguage": "en"},
                {
                    "@type": "DefinedTerm",
                    "name": "Cache",
                    "url": "http://localhost/glossary/cache/",
                    "inLanguage": "en",
                },
            ],
        }
    ]


def test_one_letter_is_marked_current_and_the_index_offers_all_terms_again(client, entry):
    html = html_of(client.get("/glossary/?letter=c"))

    assert texts(html.select(".letter-nav [aria-current=page]")) == ["C"]
    assert [(link["href"], link.get_text()) for link in html.select(".letter-nav__all")] == [("/glossary/", "Show all")]
    assert texts(html.select(".term-list__title")) == ["Cache"]


def test_a_search_shows_its_matches_or_says_none_match(client, entry):
    html = html_of(client.get("/glossary/?q=a"))
    assert texts(html.select("[role=status]")) == ["2 terms match “a” Show all terms"]
    assert html.select_one("input#term-filter")["value"] == "a"
    assert texts(html.select(".term-list__title")) == ["API", "Cache"]

    html = html_of(client.get("/glossary/?q=kubernetes"))
    assert texts(html.select(".empty-state")) == ["No terms match “kubernetes”. Show all terms"]


def test_an_empty_glossary_says_so(client, glossary):
    html = html_of(client.get("/glossary/"))

    assert texts(html.select(".empty-state")) == ["No terms have been published yet."]
    assert html.select(".letter-nav") == []


def test_a_letter_without_terms_says_so(client, entry):
    html = html_of(client.get("/glossary/?letter=z"))

    assert texts(html.select(".empty-state")) == ["No terms start with “Z”. Show all terms"]


def test_the_index_pages_through_many_terms(client, glossary, monkeypatch):
    monkeypatch.setattr("glossary.models.TERMS_PER_PAGE", 2)
    for title in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon"):
        GlossaryPageFactory(parent=glossary, title=title)

    html = html_of(client.get("/glossary/?page=2"))
    assert texts(html.select(".term-list__title")) == ["Delta", "Epsilon"]
    assert [(link["rel"], link["href"]) for link in html.select(".pagination a")] == [
        (["prev"], "?page=1"),
        (["next"], "?page=3"),
    ]
    assert texts(html.select(".pagination__status")) == ["Page 2 of 3"]
