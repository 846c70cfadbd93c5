"""What readers of each language see of the glossary: the German index in the German alphabet,
term links, related and featured terms and JSON-LD of the page's own language, and never an
unpublished translation."""

import json
from dataclasses import dataclass

import pytest

from blog.factories import BlogPageFactory
from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryAlias, GlossaryRelatedTerm
from home.models import HomeFeaturedTerm
from tests.site_tree import translate

GERMAN_TITLES = [
    "Übersetzer",
    "Algorithmus",
    "Öffentlicher Schlüssel",
    "Adapter",
    "Äquivalenz",
    "Objekt",
    "Architektur",
    "Umgebung",
    "3D-Grafik",
]


def paragraph(text):
    return [{"type": "section", "value": {"heading": "Mehr", "text": f"<p>{text}</p>"}}]


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@dataclass
class Glossaries:
    adapter: object  # English
    zebra: object  # English, with a German translation that was never published
    cache: object  # English, translated into German
    cache_de: object
    german: dict  # German title -> entry
    zebra_draft: object


@pytest.fixture
def glossaries(tree, german_tree):
    adapter = GlossaryPageFactory(parent=tree.glossary, title="Adapter", slug="adapter")
    zebra = GlossaryPageFactory(parent=tree.glossary, title="Zebra", slug="zebra", summary="Stripes.")
    cache_entry = GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache", summary="A copy close by.")
    german = {
        title: GlossaryPageFactory(parent=german_tree.glossary, title=title, slug=f"de-{n}")
        for n, title in enumerate(GERMAN_TITLES)
    }
    GlossaryPageFactory(parent=german_tree.glossary, title="Ähnlichkeit", slug="aehnlichkeit", live=False)
    zebra_draft = translate(zebra, publish=False, title="Zebra", summary="Ein Entwurf.")
    cache_de = translate(cache_entry, title="Zwischenspeicher", summary="Eine Kopie in der Nähe.")
    cache_de.term_aliases = [GlossaryAlias(name="Puffer")]
    cache_de.save_revision().publish()
    return Glossaries(adapter, zebra, cache_entry, cache_de, german, zebra_draft)


def groups(response):
    return {
        section.h2.get_text(strip=True): texts(section.select(".term-list__title"))
        for section in soup(response).select("section.term-group")
    }


def json_ld(response):
    (script,) = soup(response).select('head script[type="application/ld+json"]')
    return json.loads(script.string)["@graph"][0]


def test_the_german_index_lists_german_entries_in_the_german_alphabet(client, glossaries):
    assert groups(client.get("/de/glossary/")) == {
        "0-9": ["3D-Grafik"],
        "A": ["Adapter", "Algorithmus", "Äquivalenz", "Architektur"],
        "O": ["Objekt", "Öffentlicher Schlüssel"],
        "U": ["Übersetzer", "Umgebung"],
        "Z": ["Zwischenspeicher"],
    }


def test_the_english_index_lists_english_entries_only(client, glossaries):
    assert groups(client.get("/glossary/")) == {"A": ["Adapter"], "C": ["Cache"], "Z": ["Zebra"]}


def test_the_german_letter_filter_takes_umlauts_with_their_vowel(client, glossaries):
    assert groups(client.get("/de/glossary/", {"letter": "u"})) == {"U": ["Übersetzer", "Umgebung"]}
    assert groups(client.get("/de/glossary/", {"q": "ä"})) == {"A": ["Äquivalenz"]}


def test_the_api_groups_the_german_index_in_the_german_alphabet(client, german_tree, glossaries):
    terms = client.get(f"/api/v2/pages/{german_tree.glossary.pk}/").json()["terms"]
    assert [(group["letter"], [term["title"] for term in group["terms"]]) for group in terms] == [
        ("0-9", ["3D-Grafik"]),
        ("A", ["Adapter", "Algorithmus", "Äquivalenz", "Architektur"]),
        ("O", ["Objekt", "Öffentlicher Schlüssel"]),
        ("U", ["Übersetzer", "Umgebung"]),
        ("Z", ["Zwischenspeicher"]),
    ]


def test_the_api_letter_filter_uses_each_entry_s_alphabet(client, glossaries):
    found = client.get("/api/v2/pages/", {"type": "glossary.GlossaryPage", "letter": "u", "locale": "de"}).json()
    assert sorted(item["title"] for item in found["items"]) == ["Umgebung", "Übersetzer"]


def test_the_json_ld_of_each_index_and_entry_names_its_language(client, glossaries):
    index = json_ld(client.get("/de/glossary/"))
    assert (index["@type"], index["inLanguage"]) == ("DefinedTermSet", "de")
    assert {term["inLanguage"] for term in index["hasDefinedTerm"]} == {"de"}
    entry = json_ld(client.get(glossaries.cache_de.url))
    assert (entry["@type"], entry["inLanguage"], entry["inDefinedTermSet"]["inLanguage"]) == (
        "DefinedTerm",
        "de",
        "de",
    )
    assert json_ld(client.get(glossaries.cache.url))["inLanguage"] == "en"
    assert json_ld(client.get("/glossary/"))["inLanguage"] == "en"


def test_the_german_dataset_lists_german_entries_in_german(client, glossaries):
    data = client.get("/de/glossary/jsonld/").json()
    assert (data["url"], data["inLanguage"]) == ("http://localhost/de/glossary/", "de")
    assert sorted(term["name"] for term in data["hasDefinedTerm"]) == sorted([*GERMAN_TITLES, "Zwischenspeicher"])
    assert {term["inLanguage"] for term in data["hasDefinedTerm"]} == {"de"}
    english = client.get("/glossary/jsonld/").json()
    assert sorted(term["name"] for term in english["hasDefinedTerm"]) == ["Adapter", "Cache", "Zebra"]
    assert english["inLanguage"] == "en"


def term_links(client, page):
    body = soup(client.get(page.url)).select_one(".article__body")
    return [(link.get_text(), link["href"]) for link in body.select("a.term-link")]


def test_a_german_page_links_german_terms_and_aliases_only(client, german_tree, glossaries):
    article = BlogPageFactory(
        parent=german_tree.blog,
        title="Über Adapter",
        slug="ueber-adapter",
        body=paragraph("Ein Adapter, ein Puffer, ein Cache, ein Zebra und ein Zwischenspeicher."),
    )
    assert term_links(client, article) == [
        ("Adapter", f"/de/glossary/{glossaries.german['Adapter'].slug}/"),
        ("Puffer", "/de/glossary/cache/"),
    ]


def test_an_english_page_links_english_terms_only(client, tree, glossaries):
    article = BlogPageFactory(
        parent=tree.blog,
        title="About adapters",
        slug="about-adapters",
        body=paragraph("An Adapter, a Puffer, a Zwischenspeicher, a Zebra and an Objekt."),
    )
    assert term_links(client, article) == [("Adapter", "/glossary/adapter/"), ("Zebra", "/glossary/zebra/")]


def test_the_api_lists_the_german_terms_a_german_page_links(client, german_tree, glossaries):
    article = BlogPageFactory(parent=german_tree.blog, title="Puffer", slug="puffer", body=paragraph("Ein Puffer."))
    linked = client.get(f"/api/v2/pages/{article.pk}/").json()["linked_terms"]
    assert [(term["title"], term["html_path"]) for term in linked] == [("Zwischenspeicher", "/de/glossary/cache/")]


def related_titles(client, page):
    return texts(soup(client.get(page.url)).select("section.related-terms .term-list__title"))


def test_related_terms_show_the_translation_in_the_page_s_language(client, tree, glossaries):
    """A German entry whose related terms name English entries shows their live German
    translations, and leaves out an entry whose translation is a draft or missing."""
    objekt = glossaries.german["Objekt"]
    objekt.related_terms = [
        GlossaryRelatedTerm(term=term)
        for term in (glossaries.cache, glossaries.zebra, glossaries.adapter, glossaries.german["Adapter"])
    ]
    objekt.save_revision().publish()
    english = GlossaryPageFactory(parent=tree.glossary, title="Objects", slug="objects")
    english.related_terms = [GlossaryRelatedTerm(term=term) for term in (glossaries.zebra, glossaries.cache_de)]
    english.save_revision().publish()

    assert related_titles(client, objekt) == ["Zwischenspeicher", "Adapter"]
    assert related_titles(client, english) == ["Zebra", "Cache"]
    data = client.get(f"/api/v2/pages/{objekt.pk}/").json()
    assert [term["html_path"] for term in data["related_terms"]] == [
        "/de/glossary/cache/",
        f"/de/glossary/{glossaries.german['Adapter'].slug}/",
    ]


def test_the_german_home_page_features_german_terms(client, tree, german_tree, glossaries):
    home = german_tree.home
    home.featured_terms = [HomeFeaturedTerm(term=glossaries.cache), HomeFeaturedTerm(term=glossaries.zebra)]
    home.save_revision().publish()
    featured = soup(client.get("/de/")).select_one("section.related-terms")
    assert texts(featured.select(".term-list__title")) == ["Zwischenspeicher"]


def test_an_unpublished_german_translation_never_shows(client, tree, german_tree, glossaries):
    """The German Zebra was saved, never published: not in either index, the datasets, term
    links or related terms, in either language."""
    assert "Ein Entwurf." not in client.get("/de/glossary/").content.decode()
    assert "Zebra" not in groups(client.get("/de/glossary/")).get("Z", [])
    assert "Zebra" not in [term["name"] for term in client.get("/de/glossary/jsonld/").json()["hasDefinedTerm"]]
    article = BlogPageFactory(
        parent=german_tree.blog, title="Streifen", slug="streifen", body=paragraph("Ein Zebra hat Streifen.")
    )
    assert term_links(client, article) == []
    english = BlogPageFactory(parent=tree.blog, title="Stripes", slug="stripes", body=paragraph("A Zebra."))
    assert term_links(client, english) == [("Zebra", "/glossary/zebra/")]
    assert "Ein Entwurf." not in client.get(english.url).content.decode()
    assert glossaries.zebra_draft.live is False
