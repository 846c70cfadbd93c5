"""Both APIs in English and German: each page's locale and translations, the `locale` filter,
`find` with /de/ paths, and rich text linking pages of the page's own language."""

from dataclasses import dataclass

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, PageViewRestriction

from glossary.factories import GlossaryPageFactory
from tests.site_tree import translate

SITE = "http://localhost"
ENTRY_PATH = "/glossary/backend-software-development/"


def links_to(page_id):
    return [
        {
            "type": "definition",
            "value": {"heading": "", "text": f'<p>See <a linktype="page" id="{page_id}">API</a>.</p>'},
        }
    ]


@dataclass
class Bilingual:
    home: object
    glossary: object
    api: object
    entry: object
    home_de: object
    glossary_de: object
    api_de: object
    entry_de: object


@pytest.fixture
def bilingual(tree):
    api = GlossaryPageFactory(parent=tree.glossary, title="API", slug="api")
    entry = GlossaryPageFactory(
        parent=tree.glossary, title="Backend Software Development", slug="backend-software-development"
    )
    entry.body = links_to(api.pk)
    entry.save_revision().publish()
    pages = Bilingual(
        home=tree.home,
        glossary=tree.glossary,
        api=api,
        entry=entry,
        home_de=translate(tree.home, title="Startseite"),
        glossary_de=translate(tree.glossary, title="Glossar"),
        api_de=translate(api, title="API (Programmierschnittstelle)"),
        entry_de=translate(entry, title="Backend-Softwareentwicklung"),
    )
    cache.clear()
    return pages


def get(client, url, status=200):
    response = client.get(url, follow=True)
    assert response.status_code == status, response.content
    return response.json()


def english_of_entry(pages):
    return {
        "id": pages.entry.pk,
        "locale": "en",
        "title": "Backend Software Development",
        "html_url": SITE + ENTRY_PATH,
    }


def german_of_entry(pages):
    return {
        "id": pages.entry_de.pk,
        "locale": "de",
        "title": "Backend-Softwareentwicklung",
        "html_url": f"{SITE}/de{ENTRY_PATH}",
    }


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_a_page_names_its_locale_and_its_translation_both_ways(client, bilingual, api):
    english = get(client, f"/api/{api}/pages/{bilingual.entry.pk}/")
    german = get(client, f"/api/{api}/pages/{bilingual.entry_de.pk}/")

    assert (english["meta"]["locale"], english["translations"]) == ("en", [german_of_entry(bilingual)])
    assert (german["meta"]["locale"], german["translations"]) == ("de", [english_of_entry(bilingual)])
    assert german["meta"]["html_url"] == f"{SITE}/de{ENTRY_PATH}"


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_a_page_without_a_translation_has_none(client, bilingual, api):
    alone = GlossaryPageFactory(parent=bilingual.glossary, title="Only in English")

    assert get(client, f"/api/{api}/pages/{alone.pk}/")["translations"] == []


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_listings_filter_by_locale_and_list_translations(client, bilingual, api):
    german = get(client, f"/api/{api}/pages/?type=glossary.GlossaryPage&locale=de")
    english = get(client, f"/api/{api}/pages/?type=glossary.GlossaryPage&locale=en&order=title")
    every_type = get(client, f"/api/{api}/pages/?locale=de")

    items = german["items"]
    assert [(item["id"], item["title"], item["meta"]["locale"]) for item in items] == [
        (bilingual.api_de.pk, "API (Programmierschnittstelle)", "de"),
        (bilingual.entry_de.pk, "Backend-Softwareentwicklung", "de"),
    ]
    assert items[1]["translations"] == [english_of_entry(bilingual)]
    assert [(item["title"], item["translations"]) for item in english["items"]] == [
        (
            "API",
            [
                {
                    "id": bilingual.api_de.pk,
                    "locale": "de",
                    "title": "API (Programmierschnittstelle)",
                    "html_url": f"{SITE}/de/glossary/api/",
                }
            ],
        ),
        ("Backend Software Development", [german_of_entry(bilingual)]),
    ]
    assert [item["title"] for item in every_type["items"]] == [
        "Startseite",
        "Glossar",
        "API (Programmierschnittstelle)",
        "Backend-Softwareentwicklung",
    ]
    assert every_type["items"][0]["translations"] == [
        {"id": bilingual.home.pk, "locale": "en", "title": bilingual.home.title, "html_url": f"{SITE}/"}
    ]


def test_without_locale_listings_have_every_language(client, bilingual):
    v2 = get(client, "/api/v2/pages/?type=glossary.GlossaryPage")
    v3 = get(client, "/api/v3/pages/?type=glossary.GlossaryPage")

    expected = {bilingual.api.pk, bilingual.entry.pk, bilingual.api_de.pk, bilingual.entry_de.pk}
    assert {item["id"] for item in v2["items"]} == {item["id"] for item in v3["items"]} == expected


@pytest.mark.parametrize("locale", ["fr", "", "DE", "de-at"])
def test_an_unknown_locale_is_refused(client, bilingual, locale):
    v2 = client.get(f"/api/v2/pages/?locale={locale}")
    v3 = client.get(f"/api/v3/pages/?locale={locale}")

    assert (v2.status_code, v2.json()) == (400, {"message": "locale must be one of: en, de"})
    assert v3.status_code == 400
    assert v3.json()["errors"] == [{"loc": ["query", "locale"], "msg": "locale must be one of: en, de"}]


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_find_takes_the_paths_readers_type_in_each_language(client, bilingual, api):
    def found(path):
        return get(client, f"/api/{api}/pages/find/?html_path={path}")["id"]

    assert found(f"/de{ENTRY_PATH}") == bilingual.entry_de.pk
    assert found(ENTRY_PATH) == bilingual.entry.pk
    assert found("/de/") == bilingual.home_de.pk
    assert found("/") == bilingual.home.pk
    assert found("/de/glossary/") == bilingual.glossary_de.pk


@pytest.mark.parametrize("api", ["v2", "v3"])
@pytest.mark.parametrize("path", ["/de/glossary/missing/", f"/en{ENTRY_PATH}", f"/fr{ENTRY_PATH}", "/de/de/"])
def test_find_answers_404_for_a_path_no_reader_can_open(client, bilingual, api, path):
    assert client.get(f"/api/{api}/pages/find/?html_path={path}").status_code == 404


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_rich_text_of_a_german_page_links_german_pages(client, bilingual, api):
    bilingual.entry_de.body = links_to(bilingual.api.pk)
    bilingual.entry_de.save_revision().publish()

    def link_in(page):
        return get(client, f"/api/{api}/pages/{page.pk}/")["body"][0]["value"]["text"]

    assert link_in(bilingual.entry_de) == '<p>See <a href="/de/glossary/api/">API</a>.</p>'
    assert link_in(bilingual.entry) == '<p>See <a href="/glossary/api/">API</a>.</p>'


def hidden_translations(pages):
    """A German translation never published, and one published behind a password."""
    draft_source = GlossaryPageFactory(parent=pages.glossary, title="Cache", slug="cache")
    draft_source.copy_for_translation(Locale.objects.get(language_code="de"))
    private_source = GlossaryPageFactory(parent=pages.glossary, title="Secret", slug="secret")
    private = translate(private_source, title="Geheimnis")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    cache.clear()
    return draft_source, private_source


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_no_draft_or_private_translation_shows(client, bilingual, api):
    draft_source, private_source = hidden_translations(bilingual)
    bilingual.entry_de.title = "Ein Entwurf"
    bilingual.entry_de.save_revision()

    assert get(client, f"/api/{api}/pages/{draft_source.pk}/")["translations"] == []
    assert get(client, f"/api/{api}/pages/{private_source.pk}/")["translations"] == []
    assert get(client, f"/api/{api}/pages/{bilingual.entry.pk}/")["translations"] == [german_of_entry(bilingual)]
    listed = get(client, f"/api/{api}/pages/?type=glossary.GlossaryPage&locale=de")["items"]
    assert [item["title"] for item in listed] == ["API (Programmierschnittstelle)", "Backend-Softwareentwicklung"]
    for slug in ("cache", "secret"):
        assert client.get(f"/api/{api}/pages/find/?html_path=/de/glossary/{slug}/").status_code == 404


def fresh_queries(client, url):
    """The queries of a request in a new generation, with no translation read yet."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_listing_queries_do_not_grow_with_the_number_of_german_pages(client, bilingual):
    urls = [
        "/api/v2/pages/?locale=de",
        "/api/v2/pages/?type=glossary.GlossaryPage&locale=de",
        "/api/v2/pages/?type=glossary.GlossaryPage&locale=en",
        "/api/v3/pages/?locale=de",
        "/api/v3/pages/?type=glossary.GlossaryPage&locale=de",
        "/api/v3/pages/?type=glossary.GlossaryPage&locale=en",
    ]
    for n in range(2):
        translate(GlossaryPageFactory(parent=bilingual.glossary, title=f"Term {n}"))
    few = {url: fresh_queries(client, url) for url in urls}

    for n in range(2, 12):
        translate(GlossaryPageFactory(parent=bilingual.glossary, title=f"Term {n}"))
    many = {url: fresh_queries(client, url) for url in urls}

    assert many == few
