"""The interface in the reader's language: German pages (/de/...) show German labels, English pages
keep English ones, and the site's German catalogue is complete and compiled."""

import datetime
import json
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import timezone, translation

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.tests.html import soup, texts
from cms.views.errors import unavailable
from glossary.factories import GlossaryPageFactory, glossary_body
from glossary.models import GlossaryPage
from glossary.tests.catalogues import assert_complete_and_compiled

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "de" / "LC_MESSAGES" / "django.po"
PUBLISHED = timezone.make_aware(datetime.datetime(2024, 3, 19, 9, 0))


def translate(page, german, **fields):
    """Publish the German translation of `page`, with `fields` changed."""
    translation_page = page.copy_for_translation(german)
    for name, value in fields.items():
        setattr(translation_page, name, value)
    translation_page.save_revision().publish()
    GlossaryPage.objects.filter(pk=translation_page.pk).update(first_published_at=PUBLISHED)
    return translation_page


@pytest.fixture
def german_glossary(tree):
    german = Locale.objects.get(language_code="de")
    entries = {
        "api": GlossaryPageFactory(parent=tree.glossary, title="API", body=glossary_body("API", words=60)),
        "authentication": GlossaryPageFactory(parent=tree.glossary, title="Authentication"),
        "backend": GlossaryPageFactory(
            parent=tree.glossary,
            title="Backend Software Development",
            body=[
                *glossary_body("Backend", words=390),
                {"type": "conclusion", "value": {"heading": "Conclusion", "text": "<p>It matters.</p>"}},
            ],
            first_published_at=PUBLISHED,
        ),
    }
    tree.home.copy_for_translation(german).save_revision().publish()
    glossary = tree.glossary.copy_for_translation(german)
    glossary.title = "Glossar"
    glossary.save_revision().publish()
    translate(entries["api"], german)
    translate(
        entries["authentication"],
        german,
        title="Authentifizierung",
        summary="Wie ein Programm prüft, wer sich anmeldet.",
        body=glossary_body("Authentifizierung"),
    )
    translate(entries["backend"], german, title="Backend-Softwareentwicklung")
    return entries


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return soup(response)


def header_and_footer(html):
    return {
        "lang": html.html["lang"],
        "skip link": texts(html.select("a.skip-link")),
        "search label": texts(html.select("header .search-form__label")),
        "search button": texts(html.select("header .search-form__button")),
        "back to top": texts(html.select(".back-to-top a")),
    }


def test_a_german_entry_shows_german_labels(client, german_glossary):
    html = page(client, "/de/glossary/backend-software-development/")

    assert header_and_footer(html) == {
        "lang": "de",
        "skip link": ["Zum Hauptinhalt springen"],
        "search label": ["Glossar und Blog durchsuchen"],
        "search button": ["Suchen"],
        "back to top": ["Zurück nach oben"],
    }
    assert texts(html.select("nav.breadcrumb li")) == ["Startseite", "Glossar", "Backend-Softwareentwicklung"]
    assert html.select_one("nav.breadcrumb")["aria-label"] == "Brotkrümelnavigation"
    assert texts(html.select("article .page-meta .page-meta__item")) == ["19. März 2024", "2 Min. Lesezeit"]
    assert texts(html.select("#recent-articles-heading")) == ["Neueste Artikel"]
    assert texts(html.select(".recent-articles p")) == ["Es wurden noch keine Artikel veröffentlicht."]
    assert texts(html.select(".toc__heading")) == ["Auf dieser Seite"]
    assert texts(html.select(".block-definition h2")) == ["Was ist Backend-Softwareentwicklung?"]


def test_the_german_breadcrumb_in_json_ld_starts_at_startseite(client, german_glossary):
    html = page(client, "/de/glossary/api/")

    graph = json.loads(html.select_one('script[type="application/ld+json"]').string)["@graph"]
    crumbs = next(node for node in graph if node["@type"] == "BreadcrumbList")["itemListElement"]
    assert [crumb["name"] for crumb in crumbs] == ["Startseite", "Glossar", "API"]


def test_a_bad_german_address_is_refused_in_german(client, german_glossary):
    response = client.get("/de/glossary/?q=%00")

    assert response.status_code == 400
    assert texts(soup(response).select(".error-page h1, .error-page .lead")) == [
        "Ungültige Anfrage",
        "Diese Adresse konnten wir leider nicht lesen. "
        "Abfrageparameter dürfen keine Steuerzeichen enthalten (etwa %00).",
    ]


def test_reading_time_says_minutes_in_german_for_one_and_for_several(client, german_glossary):
    short = page(client, "/de/glossary/api/")
    long = page(client, "/de/glossary/backend-software-development/")

    assert texts(short.select("article .page-meta__item"))[-1] == "1 Min. Lesezeit"
    assert texts(long.select("article .page-meta__item"))[-1] == "2 Min. Lesezeit"


def test_the_english_entry_keeps_its_english_labels(client, german_glossary):
    html = page(client, "/glossary/backend-software-development/")

    assert header_and_footer(html) == {
        "lang": "en",
        "skip link": ["Skip to main content"],
        "search label": ["Search the glossary and the blog"],
        "search button": ["Search"],
        "back to top": ["Back to top"],
    }
    assert texts(html.select("nav.breadcrumb li")) == ["Home", "Glossary", "Backend Software Development"]
    assert texts(html.select("article .page-meta .page-meta__item")) == ["March 19, 2024", "Read 2 min"]
    assert texts(html.select("#recent-articles-heading")) == ["Recent Articles"]
    assert texts(html.select(".block-definition h2")) == ["What is Backend Software Development?"]


def test_the_german_index_labels_its_letters_filter_and_matches(client, german_glossary):
    html = page(client, "/de/glossary/")

    assert html.select_one("nav.letter-nav")["aria-label"] == "Begriffe nach Buchstaben"
    assert texts(html.select(".term-filter__label")) == ["Begriff finden"]
    assert texts(html.select(".term-filter button")) == ["Finden"]
    one = page(client, "/de/glossary/?q=api")
    several = page(client, "/de/glossary/?q=en")
    assert texts(one.select(".filter-status")) == ["1 Begriff passt zu „api“ Alle Begriffe anzeigen"]
    assert texts(several.select(".filter-status")) == ["2 Begriffe passen zu „en“ Alle Begriffe anzeigen"]
    status = html.select_one("[data-term-filter-status]")
    assert (status["data-one"], status["data-other"]) == (
        "{number} Begriff passt zu „{query}“",
        "{number} Begriffe passen zu „{query}“",
    )
    assert texts(page(client, "/de/glossary/?q=xyz").select(".empty-state")) == [
        "Kein Begriff passt zu „xyz“. Alle Begriffe anzeigen"
    ]


def test_the_german_index_pages_in_german(client, german_glossary, monkeypatch):
    monkeypatch.setattr("glossary.models.TERMS_PER_PAGE", 2)

    first = page(client, "/de/glossary/")
    second = page(client, "/de/glossary/?page=2")

    assert first.select_one("nav.pagination")["aria-label"] == "Seitennavigation"
    assert texts(first.select(".pagination__status")) == ["Seite 1 von 2"]
    assert texts(first.select(".pagination a")) == ["Weiter"]
    assert texts(second.select(".pagination a")) == ["Zurück"]
    assert texts(page(client, "/glossary/?page=2").select(".pagination a, .pagination__status")) == [
        "Previous",
        "Page 2 of 2",
    ]


def test_german_search_says_what_it_found_in_german(client, german_glossary):
    empty = page(client, "/de/search/")
    found = page(client, "/de/search/?q=Authentifizierung")

    assert texts(empty.select("h1")) == ["Suche"]
    assert texts(empty.select(".empty-state")) == [
        "Geben Sie ein Wort oder eine Wendung ein, um das Glossar und den Blog zu durchsuchen."
    ]
    assert texts(found.select(".filter-status")) == ["1 Ergebnis für „Authentifizierung“"]
    assert texts(found.select(".search-results__kind")) == ["Glossarbegriff"]
    assert texts(page(client, "/search/?q=Authentication").select(".search-results__kind")) == ["Glossary term"]


def test_a_missing_german_page_is_a_german_404(client, german_glossary):
    german = client.get("/de/missing/")
    english = client.get("/missing/")

    assert (german.status_code, english.status_code) == (404, 404)
    html = soup(german)
    assert html.html["lang"] == "de"
    assert html.title.get_text().startswith("Seite nicht gefunden | ")
    assert texts(html.select(".error-page h1, .error-page .lead, .error-page__links a")) == [
        "Seite nicht gefunden",
        "Diese Seite konnten wir leider nicht finden. Vielleicht wurde sie verschoben, "
        "oder die Adresse enthält einen Tippfehler.",
        "Zur Startseite",
        "Glossar durchsuchen",
    ]
    assert texts(soup(english).select(".error-page h1, .error-page__links a")) == [
        "Page not found",
        "Go to the home page",
        "Browse the glossary",
    ]


def test_the_unavailable_page_follows_the_active_language():
    with translation.override("de"):
        html = soup(unavailable("/de/glossary/"))

    assert html.html["lang"] == "de"
    assert texts(html.select("h1, .lead, .error-page__links a")) == [
        "Kurz nicht erreichbar",
        "Die Website kann diese Seite gerade leider nicht anzeigen. Bitte versuchen Sie es in einer Minute erneut.",
        "Zur Startseite",
    ]


def test_the_site_catalogue_is_translated_and_compiled():
    assert_complete_and_compiled(CATALOGUE)


def test_the_entry_edit_form_labels_its_fields_and_blocks_in_the_editors_german(client, tree, django_user_model):
    entry = GlossaryPageFactory(parent=tree.glossary, title="API")
    editor = django_user_model.objects.create_superuser("redakteurin", "redakteurin@example.com", "pw")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(editor)

    with translation.override("de"):
        html = page(client, f"/admin/pages/{entry.pk}/edit/")
    # The edit handler is built once, with its panel ids in the language of the first request.
    GlossaryPage.get_edit_handler.cache_clear()

    assert texts(html.select('label[for="id_summary"]')) == ["Zusammenfassung *"]
    counter = html.select_one('[data-controller="character-count"]')
    assert counter["data-character-count-within-limit-value"] == "{length} / {limit} Zeichen"
    assert counter["data-character-count-over-limit-value"] == "{length} / {limit} Zeichen: {over} zu viel"
    stream = json.loads(html.select_one("#body")["data-w-block-data-value"])
    labels = {
        group: {child["_args"][0]: child["_args"][2]["label"] for child in children}
        for group, children in stream["_args"][1]
    }
    assert labels == {
        "Glossar": {
            "definition": "Definition",
            "advantages": "Vorteile",
            "applications": "Anwendungen",
            "conclusion": "Fazit",
        },
        "Inhalt": {
            "section": "Abschnitt",
            "image": "Bild",
            "quote": "Zitat",
            "code": "Code",
            "callout": "Hervorhebung",
        },
    }
