"""Script injected into any field an editor fills in stays text wherever it is shown: pages,
search results, feeds and both APIs.

Bodies are written through API v3 with an administrator's token, so rich text is stored the
way Wagtail stores what editors and front-ends send; every other field is stored as typed.
"""

import json
import xml.etree.ElementTree as ET
from html import escape

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import User

from wagtail.models import APIToken
from wagtail_factories import ImageFactory

from blog.factories import AuthorFactory
from blog.models import BlogPage, BlogPageAuthor
from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryAlias, GlossaryPage

PAYLOAD = '<script>alert(1)</script> "><img src=x onerror=alert(1)> </script><script>alert(1)</script>'
JAVASCRIPT_URL = "javascript:alert(1)"
ALLOWED_SCRIPT_TYPES = {"application/ld+json"}


def typed(label):
    """What an editor typed into one field: a label to find it by, then the payload."""
    return f"{label} {PAYLOAD}"


def rich_text(label):
    """Rich text as a client sends it: the payload as markup, and a javascript: link."""
    return f'<p>{label} {PAYLOAD}</p><p><a href="{JAVASCRIPT_URL}">{label} link</a></p>'


def sanitised(label):
    """What Wagtail keeps of rich_text(label): the text, without the elements, and the link without its href."""
    return f'{label} alert(1) "> alert(1) {label} link'


def executable_parts(markup):
    """Everything in the HTML a browser would run: script elements that are not data,
    event handler attributes, and javascript: URLs."""
    found = []
    for element in BeautifulSoup(markup, "html.parser").find_all(True):
        if element.name == "script" and element.get("type") not in ALLOWED_SCRIPT_TYPES and not element.get("src"):
            found.append(str(element))
        for name, value in element.attrs.items():
            if name.startswith("on"):
                found.append(f"{element.name} {name}={value}")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith("javascript:"):
                found.append(f"{element.name} {name}={value}")
    return found


def every_block(label):
    return [
        {
            "type": "definition",
            "value": {"heading": typed(f"{label} definition heading"), "text": rich_text(f"{label} definition")},
        },
        {
            "type": "advantages",
            "value": {
                "heading": typed(f"{label} advantages heading"),
                "items": [{"title": typed(f"{label} advantage title"), "text": rich_text(f"{label} advantage")}],
            },
        },
        {
            "type": "applications",
            "value": {
                "heading": typed(f"{label} applications heading"),
                "items": [{"domain": typed(f"{label} application domain"), "text": rich_text(f"{label} application")}],
            },
        },
    ]


def common_blocks(label, image):
    return [
        {
            "type": "section",
            "value": {"heading": typed(f"{label} section heading"), "text": rich_text(f"{label} section")},
        },
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": typed(f"{label} alt text"), "caption": typed(f"{label} caption")},
        },
        {"type": "quote", "value": {"quote": typed(f"{label} quote"), "attribution": typed(f"{label} attribution")}},
        {"type": "code", "value": {"language": "python", "code": typed(f"{label} code")}},
        {
            "type": "callout",
            "value": {"tone": "tip", "title": typed(f"{label} callout title"), "text": rich_text(f"{label} callout")},
        },
        {
            "type": "conclusion",
            "value": {"heading": typed(f"{label} conclusion heading"), "text": rich_text(f"{label} conclusion")},
        },
    ]


def create_through_api_v3(client, token, page_type, parent, fields):
    response = client.post(
        "/api/v3/pages/",
        data=json.dumps({"meta": {"type": page_type, "parent_id": parent.pk}, **fields}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 201, response.content
    return response.json()["id"]


@pytest.fixture
def injected(client, tree):
    admin = User.objects.create_superuser("ada", "ada@example.com", "pw")
    _token, token = APIToken.create_token(user=admin, name="importer")
    image = ImageFactory(title=typed("Image title"), description=typed("Image description"))
    GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache", summary=typed("Cache summary"))

    entry = GlossaryPage.objects.get(
        pk=create_through_api_v3(
            client,
            token,
            "glossary.GlossaryPage",
            tree.glossary,
            {
                "title": typed("Entry title"),
                "slug": "entry",
                "summary": typed("Entry summary"),
                "body": every_block("Entry") + common_blocks("Entry", image),
            },
        )
    )
    entry.seo_title = typed("Entry SEO title")
    entry.search_description = typed("Entry search description")
    entry.og_image = image
    entry.term_aliases = [GlossaryAlias(name=typed("Entry alias"))]
    entry.save_revision().publish()

    article = BlogPage.objects.get(
        pk=create_through_api_v3(
            client,
            token,
            "blog.BlogPage",
            tree.blog,
            {
                "title": typed("Article title"),
                "slug": "article",
                "intro": typed("Article intro"),
                "body": [
                    {"type": "section", "value": {"heading": "Caching", "text": "<p>Put a Cache in front.</p>"}},
                    *common_blocks("Article", image),
                ],
            },
        )
    )
    article.seo_title = typed("Article SEO title")
    article.search_description = typed("Article search description")
    article.hero_image = image
    article.authors = [BlogPageAuthor(author=AuthorFactory(name=typed("Author name"), role=typed("Author role")))]
    article.tags.add(typed("Tag"))
    article.save_revision().publish()
    return entry, article


def scripts_data(html):
    return [json.loads(script.string) for script in html.select('script[type="application/ld+json"]')]


@pytest.mark.parametrize("url", ["/glossary/entry/", "/blog/article/", "/glossary/", "/blog/", "/"])
def test_pages_show_the_payload_as_text(client, injected, url):
    response = client.get(url)
    assert response.status_code == 200
    assert executable_parts(response.content.decode()) == []
    assert soup(response).select("img[src=x]") == []


def test_the_entry_shows_every_field_as_typed(client, injected):
    html = soup(client.get("/glossary/entry/"))
    assert texts(html.select("h1")) == [typed("Entry title")]
    assert html.select_one("title").get_text() == f"{typed('Entry SEO title')} | Software Glossary"
    meta = {tag.get("name") or tag.get("property"): tag["content"] for tag in html.select("meta[content]")}
    assert meta["description"] == typed("Entry search description")
    assert meta["og:title"] == typed("Entry SEO title")
    assert meta["og:image:alt"] == typed("Image description")
    assert meta["twitter:description"] == typed("Entry search description")
    main = " ".join(texts(html.select("main")))
    for label in ("Entry definition", "Entry advantage", "Entry application", "Entry section", "Entry callout"):
        assert sanitised(label) in main, label
    for label in (
        "Entry definition heading",
        "Entry advantage title",
        "Entry application domain",
        "Entry section heading",
        "Entry caption",
        "Entry quote",
        "Entry attribution",
        "Entry code",
        "Entry callout title",
        "Entry conclusion heading",
    ):
        assert typed(label) in main, label
    # Wagtail keeps the text of a javascript: link and drops the link.
    assert [link for link in html.select("main a") if link.get_text().endswith(" link")] == []
    assert typed("Entry alt text") in [image["alt"] for image in html.select("main img")]
    toc = texts(html.select(".toc__list a"))
    assert typed("Entry section heading") in toc


def test_json_ld_holds_the_payload_as_data(client, injected):
    html = soup(client.get("/blog/article/"))
    [data] = scripts_data(html)
    [posting, _breadcrumbs] = data["@graph"]
    assert posting["headline"] == typed("Article title")
    assert posting["description"] == typed("Article intro")
    assert posting["author"] == [{"@type": "Person", "name": typed("Author name"), "jobTitle": typed("Author role")}]

    [term, breadcrumbs] = scripts_data(soup(client.get("/glossary/entry/")))[0]["@graph"]
    assert (term["name"], term["description"], term["alternateName"]) == (
        typed("Entry title"),
        typed("Entry summary"),
        [typed("Entry alias")],
    )
    assert breadcrumbs["itemListElement"][-1]["name"] == typed("Entry title")


def test_the_term_tooltip_and_the_tags_show_the_payload_as_text(client, injected):
    html = soup(client.get("/blog/article/"))
    assert texts(html.select(".term-tip")) == [typed("Cache summary")]
    assert texts(html.select(".tag-list a")) == [typed("Tag")]


def test_search_shows_the_query_and_the_results_as_text(client, injected):
    response = client.get("/search/", {"q": PAYLOAD})
    assert executable_parts(response.content.decode()) == []
    # The search keeps words and the marks of names (C++, CI/CD) and drops the rest.
    words = "script alert 1 /script img src x onerror alert 1 /script script alert 1 /script"
    assert soup(response).select_one("#search-page-query")["value"] == words
    assert " ".join(soup(response).select_one(".empty-state").get_text().split()) == (
        f"No results for “{words}”. Try another word, or browse the glossary A–Z."
    )

    response = client.get("/search/", {"q": "Entry"})
    assert executable_parts(response.content.decode()) == []
    assert texts(soup(response).select(".search-results__title")) == [typed("Entry title")]
    assert texts(soup(response).select(".search-results__summary")) == [typed("Entry summary")]


def test_the_rss_feed_carries_titles_and_descriptions_as_escaped_html(client, injected):
    """RSS readers take both as HTML, so their markup is escaped once more."""
    channel = ET.fromstring(client.get("/blog/feed/rss/").content).find("channel")  # noqa: S314 (our own feed)
    [item] = channel.findall("item")
    assert item.findtext("title") == escape(typed("Article title"))
    assert item.findtext("description") == escape(typed("Article intro"))
    assert executable_parts(item.findtext("title")) == executable_parts(item.findtext("description")) == []


def test_the_atom_feed_carries_a_text_title_and_an_escaped_html_summary(client, injected):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.fromstring(client.get("/blog/feed/atom/").content)  # noqa: S314 (our own feed)
    [entry] = feed.findall(f"{atom}entry")
    assert entry.findtext(f"{atom}title") == typed("Article title")
    assert entry.find(f"{atom}title").get("type") in (None, "text")
    assert entry.find(f"{atom}summary").get("type") == "html"
    assert entry.findtext(f"{atom}summary") == escape(typed("Article intro"))
    assert [author.findtext(f"{atom}name") for author in entry.findall(f"{atom}author")] == [typed("Author name")]


def rich_text_values(value):
    if isinstance(value, dict):
        return [text for item in value.values() for text in rich_text_values(item)]
    if isinstance(value, list):
        return [text for item in value for text in rich_text_values(item)]
    return [value] if isinstance(value, str) and value.startswith("<") else []


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_the_apis_return_the_payload_as_json_text(client, injected, version):
    entry, article = injected
    for page, title in ((entry, "Entry title"), (article, "Article title")):
        response = client.get(f"/api/{version}/pages/{page.pk}/")
        assert response["Content-Type"] in ("application/json", "application/json; charset=utf-8")
        data = response.json()
        assert data["title"] == typed(title)
        html_values = rich_text_values(data["body"])
        assert html_values
        for html_value in html_values:
            assert executable_parts(html_value) == []
