"""A reader finds every page type in the built Next.js front-end, rendered from the CMS's API."""

import datetime
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from wagtail_factories import ImageFactory

from blog.tests.helpers import make_article, make_articles
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryRelatedTerm
from tests.site_tree import translate

from .browser import E2E

pytestmark = E2E

CACHE_SUMMARY = "Keeps answers close to whoever asks for them."


def every_block(image):
    """The glossary's three blocks and the six every body shares, each with its own words."""
    return [
        {"type": "definition", "value": {"heading": "", "text": "<p>An API often answers from a cache.</p>"}},
        {
            "type": "advantages",
            "value": {"heading": "Advantages", "items": [{"title": "Contracts", "text": "<p>Stable terms.</p>"}]},
        },
        {
            "type": "applications",
            "value": {"heading": "Applications", "items": [{"domain": "Payments", "text": "<p>Charges.</p>"}]},
        },
        {"type": "section", "value": {"heading": "Versioning", "text": "<p>Old clients keep working.</p>"}},
        {"type": "image", "value": {"image": image.pk, "alt_text": "A request diagram", "caption": "One request"}},
        {"type": "quote", "value": {"quote": "Be liberal in what you accept.", "attribution": "Jon Postel"}},
        {"type": "code", "value": {"language": "python", "code": 'requests.get("/api/")'}},
        {"type": "callout", "value": {"tone": "tip", "title": "Tip", "text": "<p>Version from day one.</p>"}},
        {"type": "conclusion", "value": {"heading": "Conclusion", "text": "<p>Design the API first.</p>"}},
    ]


@pytest.fixture
def entry(site):
    """ "API", with every block, a related term and a mention of another term ("cache")."""
    cache = GlossaryPageFactory(parent=site.glossary, title="Cache", slug="cache", summary=CACHE_SUMMARY)
    rest = GlossaryPageFactory(parent=site.glossary, title="REST", slug="rest")
    api = GlossaryPageFactory(
        parent=site.glossary, title="API", slug="api", body=every_block(ImageFactory(title="Diagram"))
    )
    api.related_terms = [GlossaryRelatedTerm(term=rest)]
    api.save_revision().publish()
    return api, cache, rest


def test_the_home_page_shows_the_sections_and_the_newest_articles(page, frontend, site):
    make_articles(site.blog, 4)
    page.goto(f"{frontend}/")
    expect(page.locator("h1")).to_have_text(site.home.title)
    expect(page.locator(".newest-articles .post-card__title")).to_have_text(["Article 04", "Article 03", "Article 02"])
    page.get_by_role("link", name="Read the blog").click()
    expect(page).to_have_url(f"{frontend}/blog/")


def test_the_glossary_filters_by_letter_and_by_what_the_reader_types(page, frontend, site):
    for title in ("API", "Backend", "Cache", "Cloud"):
        GlossaryPageFactory(parent=site.glossary, title=title)
    page.goto(f"{frontend}/glossary/")
    expect(page.locator(".term-list__title:visible")).to_have_text(["API", "Backend", "Cache", "Cloud"])

    page.get_by_role("link", name="C", exact=True).click()
    expect(page.locator(".term-list__title:visible")).to_have_text(["Cache", "Cloud"])
    page.get_by_role("link", name="Show all").click()
    expect(page.locator(".term-list__title:visible")).to_have_text(["API", "Backend", "Cache", "Cloud"])

    page.get_by_label("Find a term").press_sequentially("ck")
    expect(page.locator(".term-list__title:visible")).to_have_text(["Backend"])
    expect(page.get_by_role("status")).to_have_text("1 term matches “ck”")


def test_an_entry_shows_every_block_its_contents_and_its_related_terms(page, frontend, entry):
    page.goto(f"{frontend}/glossary/api/")
    expect(page.locator("h1")).to_have_text("API")
    expect(page.locator("article .article__body h2")).to_have_text(
        ["What is API?", "Advantages", "Applications", "Versioning", "Conclusion"]
    )
    expect(page.locator(".block-advantages h3")).to_have_text(["Contracts"])
    expect(page.locator(".block-applications h3")).to_have_text(["Payments"])
    expect(page.get_by_role("img", name="A request diagram")).to_be_visible()
    expect(page.locator("figure:has(img) figcaption")).to_have_text("One request")
    expect(page.locator("blockquote")).to_have_text("Be liberal in what you accept.")
    expect(page.locator("pre code")).to_have_text('requests.get("/api/")')
    expect(page.get_by_role("note")).to_contain_text("Version from day one.")

    contents = page.get_by_role("navigation", name="On this page")
    expect(contents.get_by_role("link")).to_have_text(
        ["What is API?", "Advantages", "Applications", "Versioning", "Conclusion"]
    )
    contents.get_by_role("link", name="Versioning").click()
    expect(page).to_have_url(f"{frontend}/glossary/api/#versioning")

    related = page.locator(".related-terms")
    related.get_by_role("link", name="REST").click()
    expect(page).to_have_url(f"{frontend}/glossary/rest/")
    expect(page.locator("h1")).to_have_text("REST")


def test_escape_dismisses_a_term_links_tooltip(page, frontend, entry):
    page.goto(f"{frontend}/glossary/api/")
    link = page.get_by_role("link", name="cache", exact=True)
    tip = page.get_by_role("tooltip")
    expect(link).to_have_accessible_description(CACHE_SUMMARY)

    link.focus()
    expect(tip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(link).to_be_focused()


def test_the_blog_pages_its_articles_and_lists_a_tags_articles(page, frontend, site):
    make_articles(site.blog, 12)
    make_article(site.blog, title="Tagged", date=datetime.date(2023, 6, 1), tags=["HTTP caching"])

    page.goto(f"{frontend}/blog/")
    titles = page.locator(".post-card__title")
    expect(titles).to_have_text([f"Article {n:02d}" for n in range(12, 2, -1)])
    page.get_by_role("navigation", name="Pagination").get_by_role("link", name="Next").click()
    expect(page).to_have_url(f"{frontend}/blog/page/2/")
    expect(titles).to_have_text(["Article 02", "Article 01", "Tagged"])

    page.get_by_role("link", name="HTTP caching").click()
    expect(page).to_have_url(f"{frontend}/blog/tags/HTTP%20caching/")
    expect(page.get_by_text("Articles tagged “HTTP caching”")).to_be_visible()
    expect(titles).to_have_text(["Tagged"])


def test_an_article_shows_its_body_the_recent_articles_and_visit_blog(page, frontend, site):
    make_articles(site.blog, 2)
    article = make_article(site.blog, title="On caching", date=datetime.date(2025, 1, 1), tags=["caching"])
    page.goto(f"{frontend}{article.url}")
    expect(page.locator("h1")).to_have_text("On caching")
    expect(page.locator("article .article__body h2")).to_have_text(["Background"])
    recent = page.get_by_role("region", name="Recent Articles")
    expect(recent.get_by_role("link").filter(has_not_text="Visit Blog")).to_have_text(["Article 02", "Article 01"])
    recent.get_by_role("link", name="Visit Blog").click()
    expect(page).to_have_url(f"{frontend}/blog/")


def test_a_missing_page_answers_404_with_the_front_ends_page(page, frontend, site):
    response = page.goto(f"{frontend}/glossary/no-such-term/")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")


@pytest.fixture
def german_entry(site, entry):
    """ "API" and its German translation "Programmierschnittstelle", with the pages above it in German."""
    translate(site.home, title="Startseite")
    translate(site.glossary, title="Glossar")
    return translate(entry[0], title="Programmierschnittstelle", slug="programmierschnittstelle")


def test_a_german_entry_is_in_german_and_switches_to_its_english_original_and_back(page, frontend, german_entry):
    page.goto(f"{frontend}/de/glossary/programmierschnittstelle/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text("Programmierschnittstelle")
    contents = page.get_by_role("navigation", name="Auf dieser Seite")
    expect(contents.get_by_role("link").first).to_have_text("Was ist Programmierschnittstelle?")
    expect(page.get_by_role("navigation", name="Navigationspfad").get_by_role("link")).to_have_text(
        ["Startseite", "Glossar"]
    )
    expect(page.get_by_role("region", name="Aktuelle Artikel")).to_contain_text(
        "Es wurden noch keine Artikel veröffentlicht."
    )
    expect(page.get_by_role("link", name="Nach oben")).to_be_visible()

    languages = page.get_by_role("navigation", name="Sprache")
    expect(languages.locator("[aria-current]")).to_have_text("Deutsch")
    languages.get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{frontend}/glossary/api/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("API")
    expect(page.get_by_role("navigation", name="On this page").get_by_role("link").first).to_have_text("What is API?")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(f"{frontend}/de/glossary/programmierschnittstelle/")
    expect(page.locator("h1")).to_have_text("Programmierschnittstelle")


def hreflang_paths(page):
    return {
        link.get_attribute("hreflang"): urlsplit(link.get_attribute("href")).path
        for link in page.locator('head link[rel="alternate"][hreflang]').all()
    }


def test_a_translated_page_names_both_languages_in_hreflang_links(page, frontend, german_entry):
    both = {"en": "/glossary/api/", "de": "/de/glossary/programmierschnittstelle/", "x-default": "/glossary/api/"}
    page.goto(f"{frontend}/de/glossary/programmierschnittstelle/")
    assert hreflang_paths(page) == both
    page.goto(f"{frontend}/glossary/api/")
    assert hreflang_paths(page) == both


def test_a_page_without_a_translation_has_no_hreflang_and_switches_to_the_other_home_page(page, frontend, german_entry):
    page.goto(f"{frontend}/glossary/rest/")
    assert hreflang_paths(page) == {}
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(f"{frontend}/de/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text("Startseite")
    expect(page.get_by_role("link", name="Im Glossar stöbern")).to_have_attribute("href", "/de/glossary/")


def test_the_german_glossary_lists_and_filters_its_own_terms(page, frontend, german_entry):
    page.goto(f"{frontend}/de/glossary/")
    expect(page.locator("h1")).to_have_text("Glossar")
    expect(page.locator(".term-list__title:visible")).to_have_text(["Programmierschnittstelle"])
    page.get_by_role("navigation", name="Begriffe nach Anfangsbuchstaben").get_by_role("link", name="P").click()
    expect(page.locator(".term-list__title:visible")).to_have_text(["Programmierschnittstelle"])
    page.get_by_label("Begriff suchen").press_sequentially("schnitt")
    expect(page.get_by_role("status")).to_have_text("1 Begriff passt zu „schnitt“")


def test_the_german_blog_pages_its_articles_and_lists_a_tags_articles(page, frontend, site):
    articles = make_articles(site.blog, 11)
    articles.append(make_article(site.blog, title="Tagged", date=datetime.date(2023, 6, 1), tags=["HTTP-Caching"]))
    translate(site.home, title="Startseite")
    translate(site.blog, title="Blog auf Deutsch")
    for article in articles:
        translate(article, title=f"{article.title} (de)")

    page.goto(f"{frontend}/de/blog/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text("Blog auf Deutsch")
    titles = page.locator(".post-card__title")
    expect(titles).to_have_text([f"Article {n:02d} (de)" for n in range(11, 1, -1)])
    pagination = page.get_by_role("navigation", name="Seitennavigation")
    expect(pagination).to_contain_text("Seite 1 von 2")
    pagination.get_by_role("link", name="Weiter").click()
    expect(page).to_have_url(f"{frontend}/de/blog/page/2/")
    expect(titles).to_have_text(["Article 01 (de)", "Tagged (de)"])

    page.get_by_role("link", name="HTTP-Caching").click()
    expect(page).to_have_url(f"{frontend}/de/blog/tags/HTTP-Caching/")
    expect(page.get_by_text("Artikel mit dem Schlagwort „HTTP-Caching“")).to_be_visible()
    expect(titles).to_have_text(["Tagged (de)"])
    titles.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Tagged (de)")
    expect(page.locator("article .page-meta")).to_contain_text("1. Juni 2023")


def test_a_missing_german_page_answers_404_in_german(page, frontend, german_entry):
    response = page.goto(f"{frontend}/de/glossary/gibt-es-nicht/")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text("Seite nicht gefunden")
    expect(page.get_by_role("link", name="Im Glossar stöbern")).to_have_attribute("href", "/de/glossary/")
