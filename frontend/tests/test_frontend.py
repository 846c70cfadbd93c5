"""The reference front-end against the real CMS: pytest-django's live server answers its API calls."""

import datetime
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest
from bs4 import BeautifulSoup, Doctype

from blog.factories import AuthorFactory, BlogPageFactory
from blog.models import BlogPageAuthor, BlogPageRelatedTerm
from frontend.server import serving
from glossary.factories import GlossaryPageFactory, glossary_body
from glossary.models import GlossaryAlias, GlossaryRelatedTerm
from tests.site_tree import build_site_tree

# The live server's thread reads what the test writes, so the test commits; serialized
# rollback puts back what migrations created (the default locale, groups) for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def site(live_server, transactional_db, settings):
    """The site tree, with the API's base URL on the live server: the pages endpoint's `find`
    redirects to an absolute URL built from WAGTAILAPI_BASE_URL, which otherwise points at
    http://127.0.0.1:8000 in tests (whatever may be running there)."""
    settings.WAGTAILAPI_BASE_URL = live_server.url
    return build_site_tree()


@pytest.fixture
def frontend(live_server):
    with serving(live_server.url) as url:
        yield url


def get(url, status=200):
    """The page at `url` as (BeautifulSoup, headers), asserting its status code."""
    try:
        with urlopen(url, timeout=30) as response:  # noqa: S310 (the test's own front-end)
            code, headers, content = response.status, response.headers, response.read()
    except HTTPError as error:
        code, headers, content = error.code, error.headers, error.read()
    assert code == status, content.decode()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    return BeautifulSoup(content, "html.parser"), headers


def preview_url(frontend, page, token):
    return f"{frontend}/?" + urlencode({"content_type": page.get_content_type_str(), "token": token})


def texts(elements):
    return [element.get_text(" ", strip=True) for element in elements]


def test_glossary_entry_is_rendered_from_the_api(site, frontend):
    api = GlossaryPageFactory(parent=site.glossary, title="API", summary="How programs talk.")
    webhook = GlossaryPageFactory(
        parent=site.glossary, title="Webhook", summary="A call back <b>over HTTP</b>.", body=glossary_body("Webhook")
    )
    webhook.term_aliases = [GlossaryAlias(name="HTTP callback")]
    webhook.related_terms = [GlossaryRelatedTerm(term=api)]
    webhook.save()
    BlogPageFactory(parent=site.blog, title="Webhooks in practice", date=datetime.date(2024, 5, 2))

    html, headers = get(f"{frontend}/glossary/webhook/")

    assert isinstance(html.contents[0], Doctype) and html.contents[0] == "html"
    assert html.html["lang"] == "en"
    assert html.title.string == "Webhook"
    assert "Cache-Control" not in headers
    main = html.main
    assert texts(main.select("h1")) == ["Webhook"]
    assert texts(main.select('nav[aria-label="Breadcrumb"] a')) == ["Home", "Glossary"]
    assert [a["href"] for a in main.select('nav[aria-label="Breadcrumb"] a')] == ["/", "/glossary/"]
    assert main.select_one("p.lead").get_text() == "A call back <b>over HTTP</b>."
    assert "Also known as: HTTP callback" in texts(main.select("p"))
    assert [section["class"] for section in main.select("section.block")] == [
        ["block", "block--definition"],
        ["block", "block--advantages"],
        ["block", "block--applications"],
    ]
    assert main.select_one(".block--definition h2").get_text() == "What is Webhook?"
    assert main.select_one(".block--definition p").get_text().startswith("Webhook explained.")
    assert texts(main.select(".block--advantages h3")) == ["Fast"]
    assert texts(main.select(".block--applications h3")) == ["Web"]
    assert [(a.get_text(), a["href"]) for a in main.select("ul.links a")] == [("API", "/glossary/api/")]
    assert texts(main.select("aside li")) == ["Webhooks in practice 2024-05-02"]
    assert main.select_one("aside a")["href"] == "/blog/webhooks-in-practice/"
    assert not main.select(".preview-banner")


def test_glossary_index_lists_the_terms_by_letter(site, frontend):
    for title in ("Webhook", "API", "Cache", "2FA", "Agile"):
        GlossaryPageFactory(parent=site.glossary, title=title)
    GlossaryPageFactory(parent=site.glossary, title="Zebra", live=False)

    html, _headers = get(f"{frontend}/glossary/")

    assert texts(html.main.select("h1")) == ["Glossary"]
    groups = [
        (section.h2.get_text(), [(a.get_text(), a["href"]) for a in section.select("a")])
        for section in html.main.select("section.letter")
    ]
    assert groups == [
        ("0-9", [("2FA", "/glossary/2fa/")]),
        ("A", [("Agile", "/glossary/agile/"), ("API", "/glossary/api/")]),
        ("C", [("Cache", "/glossary/cache/")]),
        ("W", [("Webhook", "/glossary/webhook/")]),
    ]


def test_blog_index_lists_the_articles_newest_first(site, frontend):
    BlogPageFactory(parent=site.blog, title="Middle", date=datetime.date(2024, 2, 1))
    BlogPageFactory(parent=site.blog, title="Newest", date=datetime.date(2024, 3, 1), intro="Fresh <news>.")
    BlogPageFactory(parent=site.blog, title="Oldest", date=datetime.date(2024, 1, 1))
    BlogPageFactory(parent=site.blog, title="Draft", date=datetime.date(2024, 4, 1), live=False)

    html, _headers = get(f"{frontend}/blog/")

    articles = html.main.select("ul.articles > li")
    assert [(li.a.get_text(), li.a["href"], li.time["datetime"]) for li in articles] == [
        ("Newest", "/blog/newest/", "2024-03-01"),
        ("Middle", "/blog/middle/", "2024-02-01"),
        ("Oldest", "/blog/oldest/", "2024-01-01"),
    ]
    assert articles[0].p.get_text() == "Fresh <news>."


def test_blog_article_shows_its_authors_body_and_related_terms(site, frontend):
    term = GlossaryPageFactory(parent=site.glossary, title="Cache")
    article = BlogPageFactory(
        parent=site.blog,
        title="Caching 101",
        date=datetime.date(2024, 6, 1),
        body=[
            {"type": "section", "value": {"heading": "Background", "text": "<p>Keep <i>hot</i> data close.</p>"}},
            {"type": "code", "value": {"language": "html", "code": "<script>cache()</script>"}},
            {"type": "quote", "value": {"quote": "There are only two hard things.", "attribution": "Phil Karlton"}},
        ],
    )
    article.authors = [BlogPageAuthor(author=AuthorFactory(name="Ada", role="Engineer"))]
    article.related_terms = [BlogPageRelatedTerm(term=term)]
    article.tags.add("performance")
    article.save()

    html, _headers = get(f"{frontend}/blog/caching-101/")

    main = html.main
    assert texts(main.select("h1")) == ["Caching 101"]
    assert main.select_one(".byline time")["datetime"] == "2024-06-01"
    assert "by Ada (Engineer)" in main.select_one(".byline").get_text()
    assert texts(main.select(".block--section h2")) == ["Background"]
    assert main.select_one(".block--section i").get_text() == "hot"
    assert main.select_one(".block--code pre code")["class"] == ["language-html"]
    assert main.select_one(".block--code code").get_text() == "<script>cache()</script>"
    assert not html.select("script")
    assert texts(main.select(".block--quote footer")) == ["Phil Karlton"]
    assert texts(main.select("ul.tags li")) == ["performance"]
    assert [(a.get_text(), a["href"]) for a in main.select("ul.links a")] == [("Cache", "/glossary/cache/")]


def test_home_page_links_to_the_newest_articles(site, frontend):
    for day in (1, 2, 3, 4):
        BlogPageFactory(parent=site.blog, title=f"Day {day}", date=datetime.date(2024, 7, day))

    html, _headers = get(f"{frontend}/")

    assert texts(html.main.select("h1")) == ["Home"]
    assert [a["href"] for a in html.main.select("ul.articles a")] == ["/blog/day-4/", "/blog/day-3/", "/blog/day-2/"]


def test_unknown_path_is_a_404(site, frontend):
    html, _headers = get(f"{frontend}/glossary/no-such-term/", status=404)

    assert texts(html.select("h1")) == ["Page not found"]


def test_draft_page_is_a_404_but_its_preview_shows(site, frontend):
    draft = GlossaryPageFactory(parent=site.glossary, title="Secret", live=False)

    html, _headers = get(f"{frontend}/glossary/secret/", status=404)
    assert texts(html.select("h1")) == ["Page not found"]

    html, _headers = get(preview_url(frontend, draft, draft.create_page_preview().token))
    assert texts(html.main.select("h1")) == ["Secret"]
    assert html.main.select_one("p.preview-banner")


def test_preview_shows_the_unsaved_draft_with_a_banner(site, frontend):
    entry = GlossaryPageFactory(parent=site.glossary, title="Webhook")
    entry.title = "Webhook (draft)"
    preview = entry.create_page_preview()

    html, headers = get(preview_url(frontend, entry, preview.token))

    assert headers["Cache-Control"] == "no-store"
    assert html.title.string == "Webhook (draft)"
    assert texts(html.main.select("h1")) == ["Webhook (draft)"]
    banner = html.main.select_one("p.preview-banner")
    assert banner["role"] == "status"
    assert banner.get_text() == "Preview of an unpublished draft"
    assert html.main.select_one(".block--definition h2").get_text() == "What is Webhook (draft)?"

    live, _headers = get(f"{frontend}/glossary/webhook/")
    assert texts(live.main.select("h1")) == ["Webhook"]


def test_forged_preview_token_is_refused_with_the_api_message(site, frontend):
    query = urlencode({"content_type": "glossary.glossarypage", "token": "id=1:abc:def"})

    html, headers = get(f"{frontend}/?{query}", status=400)

    assert headers["Cache-Control"] == "no-store"
    assert texts(html.select("p.error")) == ["The preview token is not valid."]
    assert not html.select(".preview-banner")


def test_preview_of_a_page_published_since_is_a_404_with_the_api_message(site, frontend):
    entry = GlossaryPageFactory(parent=site.glossary, title="Webhook", live=False)
    preview = entry.create_page_preview()
    entry.save_revision().publish()

    html, headers = get(preview_url(frontend, entry, preview.token), status=404)

    assert headers["Cache-Control"] == "no-store"
    assert texts(html.select("p.error")) == [
        "No preview for this token and content type: the page may have been published since."
    ]


def test_cms_that_does_not_answer_is_a_502():
    with serving("http://127.0.0.1:9") as frontend:
        html, _headers = get(f"{frontend}/glossary/", status=502)

    assert texts(html.select("h1")) == ["The site is unavailable"]
