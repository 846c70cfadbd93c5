"""The demo's German pages are wagtail-localize translations, every segment in German."""

from io import StringIO

import pytest
from wagtail_localize.models import StringSegment, Translation

from django.core.management import call_command

from wagtail.models import Locale, Page

from cms.demo.german import PAGES
from cms.tests.html import soup, texts
from glossary.models import GlossaryPage


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=StringIO())


def german_translations():
    return Translation.objects.filter(target_locale__language_code="de").select_related("source")


def test_every_listed_page_has_a_live_german_translation(demo):
    german = Locale.objects.get(language_code="de")
    home = Page.objects.get(depth=2, locale__language_code="en")
    for path in PAGES:
        english = Page.objects.get(url_path=f"{home.url_path}{path}")
        assert english.get_translation(german).live is True, path
    assert german_translations().count() == len(PAGES)


def test_every_segment_of_each_demo_translation_is_translated(demo):
    for translation in german_translations():
        segments = StringSegment.objects.filter(source=translation.source)
        untranslated = segments.annotate_translation(translation.target_locale).filter(translation__isnull=True)
        assert list(untranslated.values_list("string__data", flat=True)) == [], translation.source.object_repr
        assert translation.enabled is True


def test_every_german_text_is_used(demo):
    for translation in german_translations():
        source = translation.source.get_source_instance()
        path = source.url_path.removeprefix(source.get_site().root_page.url_path)
        used = set(StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True))
        assert set(PAGES[path]) - used == set(), path


def test_the_german_reference_entry_renders_its_german_definition(client, demo):
    response = client.get("/de/glossary/backend-software-development/")
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one("html")["lang"] == "de"
    assert texts(html.select("h1")) == ["Backend-Softwareentwicklung"]
    assert texts(html.select(".block-advantages h3")) == [
        "Ein Fundament, das mitwächst",
        "Teams, die parallel arbeiten",
        "Sicherheit am richtigen Ort",
        "Anbindung an andere Dienste",
    ]
    definition = html.select("article .article__body p")[0].get_text()
    assert definition.startswith("Backend-Softwareentwicklung, kurz Backend-Entwicklung, umfasst alles")
    entry = GlossaryPage.objects.get(locale__language_code="de", slug="backend-software-development")
    assert entry.summary.startswith("Bau und Betrieb der Serverseite einer Anwendung")


def test_german_index_pages_and_article_are_served_under_de(client, demo):
    expected_titles = {
        "/de/": "Startseite",
        "/de/glossary/": "Glossar",
        "/de/blog/": "Blog",
        "/de/glossary/api/": "API",
        "/de/glossary/database/": "Datenbank",
        "/de/glossary/headless-cms/": "Headless CMS",
        "/de/glossary/ci-cd/": "CI/CD",
        "/de/blog/designing-apis-that-outlive-their-first-client/": "APIs entwerfen, die ihren ersten Client überleben",
    }
    for url, title in expected_titles.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert texts(soup(response).select("h1"))[-1] == title, url


def test_german_entries_have_their_own_aliases(demo):
    """Aliases are translatable: wagtail-localize offers them as segments, and each language's
    entry keeps its own, which term linking uses on that language's pages."""
    backend = GlossaryPage.objects.filter(slug="backend-software-development")
    assert {page.locale.language_code: page.alias_names for page in backend} == {
        "en": ["Back-end development", "Backend development", "Server-side development"],
        "de": ["Back-End-Entwicklung", "Backend-Entwicklung", "Serverseitige Entwicklung"],
    }
