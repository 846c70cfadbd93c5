"""English and German: the URLs of each language, the language switcher, hreflang and the
sitemap, and no draft or private translation showing anywhere."""

import re
import xml.etree.ElementTree as ET

import pytest

from wagtail.models import Locale, PageViewRestriction

from tests.site_tree import translate

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def german(content):
    """German home, glossary and blog, the entry in German; the API entry only in English."""
    home = translate(content.tree.home, title="Startseite")
    glossary = translate(content.tree.glossary, title="Glossar")
    translate(content.tree.blog, title="Blog")
    entry = translate(content.entry, title="Backend-Softwareentwicklung", summary="Die Serverseite einer Anwendung.")
    return home, glossary, entry


SWITCHER_ENTRY = re.compile(r'(?:<a href="([^"]*)" hreflang="\w+" lang="\w+">|<span [^>]*aria-current="true">)(\w+)<')


def switcher(html):
    """The switcher's entries: (language, its URL, or "current" for the page's own)."""
    start = html.index('<nav class="language-switcher"')
    nav = html[start : html.index("</nav>", start)]
    return [
        (name, href or "current")
        for href, name in re.findall(
            r'(?:<a href="([^"]*)" hreflang="\w+" lang="\w+">|<span [^>]*aria-current="true">)(\w+)<', nav
        )
    ]


def hreflang_links(html):
    return [line.strip() for line in html.splitlines() if 'rel="alternate" hreflang=' in line]


def test_every_configured_language_has_a_locale(db):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["de", "en"]


def test_english_urls_have_no_prefix_and_german_ones_de(client, german):
    english = client.get("/glossary/backend-software-development/")
    german_page = client.get("/de/glossary/backend-software-development/")

    assert [english.status_code, german_page.status_code] == [200, 200]
    assert '<html lang="en">' in english.text
    assert '<html lang="de">' in german_page.text
    assert "<h1>Backend-Softwareentwicklung</h1>" in german_page.text
    assert [english["Content-Language"], german_page["Content-Language"]] == ["en", "de"]
    assert "Accept-Language" not in english.get("Vary", "")
    assert client.get("/de/").status_code == 200


def test_a_page_without_translation_has_no_german_url(client, german):
    assert client.get("/glossary/api/").status_code == 200
    assert client.get("/de/glossary/api/").status_code == 404
    assert client.get("/en/glossary/api/").status_code == 404


def test_the_switcher_goes_to_the_same_page_in_the_other_language(client, german):
    assert switcher(client.get("/glossary/backend-software-development/").text) == [
        ("English", "current"),
        ("Deutsch", "/de/glossary/backend-software-development/"),
    ]
    assert switcher(client.get("/de/glossary/backend-software-development/").text) == [
        ("English", "/glossary/backend-software-development/"),
        ("Deutsch", "current"),
    ]


def test_without_a_translation_the_switcher_goes_to_that_languages_home(client, german):
    assert switcher(client.get("/glossary/api/").text) == [("English", "current"), ("Deutsch", "/de/")]


def test_the_switcher_on_a_view_without_a_page_keeps_the_path(client, german):
    assert switcher(client.get("/de/search/?q=backend").text) == [
        ("English", "/search/?q=backend"),
        ("Deutsch", "current"),
    ]


def test_hreflang_names_every_language_a_page_is_live_in(client, german):
    expected = [
        '<link rel="alternate" hreflang="en" href="http://localhost/glossary/backend-software-development/">',
        '<link rel="alternate" hreflang="de" href="http://localhost/de/glossary/backend-software-development/">',
        '<link rel="alternate" hreflang="x-default" href="http://localhost/glossary/backend-software-development/">',
    ]
    assert hreflang_links(client.get("/glossary/backend-software-development/").text) == expected
    assert hreflang_links(client.get("/de/glossary/backend-software-development/").text) == expected
    assert hreflang_links(client.get("/glossary/api/").text) == []


def sitemap(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own response)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP_NS): [
            (link.get("hreflang"), link.get("href")) for link in url.findall("xhtml:link", SITEMAP_NS)
        ]
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def test_the_sitemap_lists_both_languages_with_their_alternates(client, german):
    entries = sitemap(client)
    entry_alternates = [
        ("en", "http://localhost/glossary/backend-software-development/"),
        ("de", "http://localhost/de/glossary/backend-software-development/"),
        ("x-default", "http://localhost/glossary/backend-software-development/"),
    ]

    assert list(entries) == [
        "http://localhost/",
        "http://localhost/glossary/",
        "http://localhost/glossary/api/",
        "http://localhost/glossary/backend-software-development/",
        "http://localhost/blog/",
        "http://localhost/blog/why-backends-matter/",
        "http://localhost/de/",
        "http://localhost/de/glossary/",
        "http://localhost/de/glossary/backend-software-development/",
        "http://localhost/de/blog/",
    ]
    assert entries["http://localhost/glossary/backend-software-development/"] == entry_alternates
    assert entries["http://localhost/de/glossary/backend-software-development/"] == entry_alternates
    assert entries["http://localhost/glossary/api/"] == []


def test_a_draft_translation_shows_nowhere(client, german, content):
    translate(content.api, title="API (Entwurf)", publish=False)
    english = client.get("/glossary/api/").text

    assert client.get("/de/glossary/api/").status_code == 404
    assert hreflang_links(english) == []
    assert switcher(english) == [("English", "current"), ("Deutsch", "/de/")]
    assert "Entwurf" not in client.get("/de/glossary/").text
    assert "http://localhost/de/glossary/api/" not in sitemap(client)


def test_a_private_translation_shows_nowhere_to_readers(client, german, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=german[2], restriction_type=PageViewRestriction.LOGIN)
    english = client.get("/glossary/backend-software-development/").text

    assert hreflang_links(english) == []
    assert switcher(english) == [("English", "current"), ("Deutsch", "/de/")]
    assert "http://localhost/de/glossary/backend-software-development/" not in sitemap(client)
    assert sitemap(client)["http://localhost/glossary/backend-software-development/"] == []
