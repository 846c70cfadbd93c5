"""What readers see on an entry and on the A-Z index through the package's default templates,
beyond test_default_templates: the items of each section, drafts kept out, the letter and page
parameters a reader may type."""

import json

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from glossary.models import GlossaryRelatedTerm
from glossary.tests.tree import add_entry

ENTRY_BODY = [
    {"type": "definition", "value": {"heading": "", "text": "<p>A Backend answers other programs.</p>"}},
    {
        "type": "advantages",
        "value": {
            "heading": "Advantages",
            "items": [
                {"title": "Reuse", "text": "<p>One interface, many apps.</p>"},
                {"title": "Isolation", "text": "<p>Change the inside freely.</p>"},
            ],
        },
    },
    {
        "type": "applications",
        "value": {"heading": "Applications", "items": [{"domain": "Fintech", "text": "<p>Payments.</p>"}]},
    },
]


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [" ".join(element.get_text().split()) for element in elements]


@pytest.fixture
def entries(tree):
    backend = add_entry(tree.glossary, "Backend", summary="The server side.")
    draft = add_entry(tree.glossary, "Bytecode", summary="Draft summary of Bytecode.", live=False)
    api = add_entry(
        tree.glossary, "API", summary="How programs talk.", aliases=["Web API", "Interface"], body=ENTRY_BODY
    )
    api.related_terms = [GlossaryRelatedTerm(term=draft), GlossaryRelatedTerm(term=backend)]
    api.save_revision().publish()
    add_entry(tree.glossary, "Cache", summary="Fast storage.")
    return api


def test_an_entry_shows_each_section_with_its_items(client, entries):
    html = page_html(client, "/glossary/api/")

    body = html.select_one(".glossary-entry__body")
    assert texts(body.select("h2")) == ["What is API?", "Advantages", "Applications"]
    assert [heading["id"] for heading in body.select("h2")] == ["definition", "advantages", "applications"]
    assert texts(body.select(".block-advantages h3")) == ["Reuse", "Isolation"]
    assert texts(body.select(".block-advantages .rich-text")) == [
        "One interface, many apps.",
        "Change the inside freely.",
    ]
    assert texts(body.select(".block-applications h3")) == ["Fintech"]
    assert texts(body.select(".block-applications .rich-text")) == ["Payments."]
    assert texts(html.select(".aliases")) == ["Also known as: Web API, Interface"]


def test_an_entry_lists_only_its_live_related_terms_and_never_links_itself(client, entries):
    html = page_html(client, "/glossary/api/")

    assert [(link["href"], link.get_text()) for link in html.select(".related-terms a")] == [
        ("/glossary/backend/", "Backend")
    ]
    assert texts(html.select(".related-terms .term-list__summary")) == ["The server side."]
    assert [link["href"] for link in html.select("a.term-link")] == ["/glossary/backend/"]
    assert "Draft summary" not in str(html)


def test_the_entry_s_json_ld_names_its_glossary(client, entries):
    html = page_html(client, "/glossary/api/")

    (node,) = [json.loads(script.string) for script in html.select('script[type="application/ld+json"]')]
    assert (node["@type"], node["name"], node["alternateName"]) == ("DefinedTerm", "API", ["Web API", "Interface"])
    assert node["inDefinedTermSet"] == {
        "@type": "DefinedTermSet",
        "name": "Glossary",
        "url": "http://localhost/glossary/",
        "inLanguage": "en",
    }
    assert node["inLanguage"] == "en"


def test_the_index_lists_live_entries_a_to_z_under_their_letters(client, entries):
    html = page_html(client, "/glossary/")

    assert texts(html.select(".letter-nav__link")) == ["A", "B", "C"]
    assert texts(html.select(".term-group h2")) == ["A", "B", "C"]
    assert texts(html.select(".term-list__title")) == ["API", "Backend", "Cache"]
    assert texts(html.select(".term-list__summary")) == ["How programs talk.", "The server side.", "Fast storage."]
    assert "Bytecode" not in str(html)


def test_a_private_entry_is_not_in_the_index(client, tree, entries):
    secret = add_entry(tree.glossary, "Secret", summary="Private summary.")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    html = page_html(client, "/glossary/")

    assert texts(html.select(".term-list__title")) == ["API", "Backend", "Cache"]
    assert "Private summary." not in str(html)


def test_a_letter_shows_only_its_entries_and_keeps_every_letter_in_the_navigation(client, entries):
    html = page_html(client, "/glossary/?letter=b")

    assert texts(html.select(".term-list__title")) == ["Backend"]
    assert texts(html.select(".letter-nav__link")) == ["A", "B", "C"]
    assert texts(html.select(".letter-nav [aria-current=page]")) == ["B"]


def test_a_search_matches_titles_and_aliases(client, entries):
    html = page_html(client, "/glossary/?q=interface")
    assert texts(html.select(".term-list__title")) == ["API"]

    html = page_html(client, "/glossary/?q=CA")
    assert texts(html.select(".term-list__title")) == ["Cache"]
    assert html.select_one("input#term-filter")["value"] == "CA"


@pytest.mark.parametrize("query", ["letter=ä", "letter=ab", "letter=", "page=9", "page=two"])
def test_a_letter_or_page_that_does_not_exist_is_not_found(client, tree, query):
    assert client.get(f"/glossary/?{query}").status_code == 404
