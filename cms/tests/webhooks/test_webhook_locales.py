"""A change in one language names its locale, and reaches the pages of that language and its
translations' own URLs (their language switcher and `hreflang` links name it), no other page
of the other language; an unpublished or private translation is never named."""

from dataclasses import dataclass

import pytest

from django.core.cache import cache as page_cache

from wagtail.models import Locale, PageViewRestriction

from blog.factories import BlogPageFactory
from cms.pages.changes import paths_showing
from cms.pages.site_paths import path_on_site, serving_roots
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryPage, GlossaryRelatedTerm
from tests.site_tree import translate


@dataclass
class Bilingual:
    cache: object
    cache_de: object


@pytest.fixture
def bilingual(tree):
    """An entry, an entry relating it and an article in English; the home page, the glossary,
    both entries in German (the German "Queue" relates the English "Cache", as a copy does)."""
    cache = GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache")
    queue = GlossaryPageFactory(parent=tree.glossary, title="Queue", slug="queue")
    queue.related_terms = [GlossaryRelatedTerm(term=cache)]
    queue.save_revision().publish()
    BlogPageFactory(parent=tree.blog, title="On caching", slug="on-caching")
    translate(tree.home, title="Startseite")
    translate(tree.glossary, title="Glossar")
    cache_de = translate(cache, title="Zwischenspeicher")
    translate(queue, title="Warteschlange")
    page_cache.clear()
    return Bilingual(cache, cache_de)


@pytest.fixture
def sent(endpoint, receiver, django_capture_on_commit_callbacks):
    def sent(change):
        receiver.received.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        return [item.json for item in receiver.received]

    return sent


def republish(page, title):
    page = GlossaryPage.objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()


GERMAN_CHANGE = ["/de/", "/de/glossary/", "/de/glossary/cache/", "/de/glossary/queue/", "/glossary/cache/"]
ENGLISH_CHANGE = [
    "/",
    "/blog/on-caching/",
    "/de/glossary/cache/",
    "/de/glossary/queue/",
    "/glossary/",
    "/glossary/cache/",
    "/glossary/queue/",
]


def test_a_german_change_names_its_locale_and_reaches_german_pages_and_the_english_version(bilingual, sent):
    (payload,) = sent(lambda: republish(bilingual.cache_de, "Pufferspeicher"))

    assert payload["page"] == {
        "id": bilingual.cache_de.pk,
        "type": "glossary.GlossaryPage",
        "title": "Pufferspeicher",
        "url_path": "/de/glossary/cache/",
        "locale": "de",
    }
    assert payload["paths"] == GERMAN_CHANGE


def test_an_english_change_names_its_locale_and_reaches_the_german_version(bilingual, sent):
    (payload,) = sent(lambda: republish(bilingual.cache, "Caching"))

    assert (payload["page"]["locale"], payload["page"]["url_path"]) == ("en", "/glossary/cache/")
    assert payload["paths"] == ENGLISH_CHANGE


def test_the_purge_of_a_german_change_leaves_the_english_pages_but_its_version(bilingual):
    purged = paths_showing(bilingual.cache_de, [])

    def on_site(url_path):
        roots = serving_roots(url_path)
        return path_on_site(url_path, roots[0]) if roots else url_path

    assert sorted(on_site(url_path) for url_path in purged) == sorted([*GERMAN_CHANGE, "/de/glossary/jsonld/"])


def test_an_unpublished_translation_is_never_named(tree, bilingual, sent):
    draft_source = GlossaryPageFactory(parent=tree.glossary, title="Proxy", slug="proxy")
    page_cache.clear()

    assert sent(lambda: draft_source.copy_for_translation(Locale.objects.get(language_code="de"))) == []
    draft = GlossaryPage.objects.get(translation_key=draft_source.translation_key, locale__language_code="de")
    assert sent(lambda: draft.save_revision()) == []
    (payload,) = sent(lambda: republish(draft_source, "Reverse proxy"))
    assert payload["paths"] == [
        "/",
        "/blog/on-caching/",
        "/glossary/",
        "/glossary/cache/",
        "/glossary/proxy/",
        "/glossary/queue/",
    ]


def test_a_private_translation_is_never_named(bilingual, sent):
    def restrict():
        PageViewRestriction.objects.create(page=bilingual.cache_de, restriction_type=PageViewRestriction.LOGIN)

    (dropped,) = sent(restrict)
    assert (dropped["event"], dropped["reason"], dropped["page"]["locale"]) == ("page.unpublished", "private", "de")
    assert sent(lambda: republish(bilingual.cache_de, "Geheim")) == []
    (payload,) = sent(lambda: republish(bilingual.cache, "Caching"))
    assert payload["paths"] == [path for path in ENGLISH_CHANGE if path != "/de/glossary/cache/"]
