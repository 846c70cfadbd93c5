"""The package ships its interface in German: its templates and headings follow the active
language, from its own catalogue (glossary/locale), in a project that translates nothing itself."""

import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page, Site

from glossary.blocks import DefinitionBlock
from glossary.factories import GlossaryIndexPageFactory, GlossaryPageFactory
from glossary.models import GlossaryAlias, GlossaryRelatedTerm
from glossary.tests.catalogues import assert_complete_and_compiled
from glossary.tests.testapp.models import HomePage

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "de" / "LC_MESSAGES" / "django.po"


@pytest.fixture
def entry(db):
    cache.clear()
    Page.objects.filter(depth=2).delete()
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="home"))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    glossary = GlossaryIndexPageFactory(parent=home)
    cache_entry = GlossaryPageFactory(parent=glossary, title="Cache", slug="cache")
    api = GlossaryPageFactory(parent=glossary, title="API", slug="api", last_reviewed=datetime.date(2026, 3, 1))
    GlossaryAlias.objects.create(page=api, name="Web API")
    GlossaryRelatedTerm.objects.create(page=api, term=cache_entry)
    return api


def german(client, path):
    with translation.override("de"):
        response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [" ".join(element.get_text().split()) for element in elements]


def test_the_entry_template_speaks_german(client, entry):
    html = german(client, "/glossary/api/")

    assert texts(html.select(".aliases")) == ["Auch bekannt als: Web API"]
    assert texts(html.select(".toc__heading")) == ["Auf dieser Seite"]
    assert texts(html.select(".block-definition h2")) == ["Was ist API?"]
    assert texts(html.select(".related-terms h2")) == ["Verwandte Begriffe"]
    assert texts(html.select(".last-reviewed")) == ["Zuletzt geprüft 1. März 2026"]


def test_the_index_template_speaks_german(client, entry):
    html = german(client, "/glossary/")
    filtered = german(client, "/glossary/?q=api")

    assert html.select_one("nav.letter-nav")["aria-label"] == "Begriffe nach Buchstaben"
    assert texts(html.select(".term-filter__label, .term-filter button")) == ["Begriff finden", "Finden"]
    assert texts(filtered.select(".filter-status")) == ["1 Begriff passt zu „api“ Alle Begriffe anzeigen"]


def test_the_default_definition_heading_follows_the_language():
    with translation.override("de"):
        assert DefinitionBlock.heading_text({"heading": ""}, Page(title="Cache")) == "Was ist Cache?"
    assert DefinitionBlock.heading_text({"heading": ""}, Page(title="Cache")) == "What is Cache?"


def test_the_package_catalogue_is_translated_and_compiled():
    assert_complete_and_compiled(CATALOGUE)
