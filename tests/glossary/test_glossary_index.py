import json

import pytest

from wagtail.models import PageViewRestriction

from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory

TITLES = ["caching", "API", "2FA", "Authentication", "Backend Software Development", "Webhook", "~tilde", "Élan"]


@pytest.fixture
def terms(tree):
    pages = {title: GlossaryPageFactory(parent=tree.glossary, title=title) for title in TITLES}
    GlossaryPageFactory(parent=tree.glossary, title="Draft term", live=False)
    private = GlossaryPageFactory(parent=tree.glossary, title="Zeta private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    return pages


def letter_nav(html):
    return texts(html.select("nav.letter-nav a.letter-nav__link"))


def groups(html):
    return {
        section.h2.get_text(strip=True): texts(section.select(".term-list__title"))
        for section in html.select("section.term-group")
    }


def test_live_public_terms_are_grouped_a_to_z_case_insensitively(client, terms):
    html = soup(client.get("/glossary/"))
    assert groups(html) == {
        "0-9": ["2FA", "~tilde"],
        "A": ["API", "Authentication"],
        "B": ["Backend Software Development"],
        "C": ["caching"],
        "E": ["Élan"],
        "W": ["Webhook"],
    }
    assert list(groups(html)) == ["0-9", "A", "B", "C", "E", "W"]


def test_letter_navigation_lists_only_letters_that_have_terms(client, terms):
    html = soup(client.get("/glossary/"))
    assert letter_nav(html) == ["0-9", "A", "B", "C", "E", "W"]
    assert [a["href"] for a in html.select("a.letter-nav__link")][:2] == ["?letter=0-9", "?letter=a"]


def test_each_term_shows_its_summary_and_links_to_its_page(client, terms):
    html = soup(client.get("/glossary/"))
    item = html.select_one('section[aria-labelledby="letter-W"] li')
    assert item.select_one("a")["href"] == "/glossary/webhook/"
    assert texts(item.select(".term-list__summary")) == ["A short summary of Webhook."]


@pytest.mark.parametrize("letter", ["b", "B"])
def test_letter_filter_shows_only_that_letter(client, terms, letter):
    response = client.get("/glossary/", {"letter": letter})
    html = soup(response)
    assert groups(html) == {"B": ["Backend Software Development"]}
    assert letter_nav(html) == ["0-9", "A", "B", "C", "E", "W"]
    assert texts(html.select('a.letter-nav__link[aria-current="page"]')) == ["B"]
    assert texts(html.select("a.letter-nav__all")) == ["Show all"]


def test_digits_and_symbols_filter_under_0_9(client, terms):
    assert groups(soup(client.get("/glossary/", {"letter": "0-9"}))) == {"0-9": ["2FA", "~tilde"]}


def test_valid_letter_without_terms_says_so(client, terms):
    response = client.get("/glossary/", {"letter": "q"})
    assert response.status_code == 200
    assert texts(soup(response).select(".empty-state")) == ["No terms start with “Q”. Show all terms"]


@pytest.mark.parametrize("letter", ["", "ab", "1", "%", "ä", "-"])
def test_invalid_letter_is_not_found(client, terms, letter):
    assert client.get("/glossary/", {"letter": letter}).status_code == 404


@pytest.fixture
def three_to_a_page(monkeypatch):
    monkeypatch.setattr("glossary.models.TERMS_PER_PAGE", 3)


def defined_terms(html):
    graph = json.loads(html.select_one('script[type="application/ld+json"]').string)["@graph"]
    return [term["name"] for term in graph[0]["hasDefinedTerm"]]


def test_long_glossaries_are_shown_a_page_at_a_time(client, terms, three_to_a_page):
    first, second, third = (soup(client.get("/glossary/", {"page": number})) for number in (1, 2, 3))
    assert groups(first) == {"0-9": ["2FA", "~tilde"], "A": ["API"]}
    assert groups(second) == {"A": ["Authentication"], "B": ["Backend Software Development"], "C": ["caching"]}
    assert groups(third) == {"E": ["Élan"], "W": ["Webhook"]}
    assert letter_nav(second) == ["0-9", "A", "B", "C", "E", "W"]
    assert texts(second.select(".pagination__status")) == ["Page 2 of 3"]
    assert [link["href"] for link in second.select(".pagination a")] == ["?page=1", "?page=3"]
    assert defined_terms(second) == ["Authentication", "Backend Software Development", "caching"]


def test_letters_and_searches_are_paged_too(client, terms, three_to_a_page):
    html = soup(client.get("/glossary/", {"q": "a", "page": 2}))
    assert groups(html) == {"B": ["Backend Software Development"], "C": ["caching"], "E": ["Élan"]}
    assert texts(html.select(".filter-status")) == ["6 terms match “a” Show all terms"]
    assert [link["href"] for link in html.select(".pagination a")] == ["?q=a&page=1"]


@pytest.mark.parametrize("page", ["4", "0", "x"])
def test_a_page_past_the_end_is_not_found(client, terms, three_to_a_page, page):
    assert client.get("/glossary/", {"page": page}).status_code == 404
