"""The blog in each language: "Recent Articles", the home page's newest articles, one feed a
language and the articles' JSON-LD, never with an unpublished translation."""

import json

import feedparser
import pytest

from blog.tests.helpers import hrefs, html, make_articles, texts
from glossary.factories import GlossaryPageFactory
from tests.site_tree import translate


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def articles(tree, german_tree):
    """Four English articles; German translations of the two oldest, published, and a German
    translation of the newest that was never published."""
    english = make_articles(tree.blog, 4)
    german = [
        translate(article, title=f"Artikel {n:02d}", intro=f"Worum es in Artikel {n:02d} geht.")
        for n, article in enumerate(english[:2], start=1)
    ]
    translate(english[3], publish=False, title="Entwurf", intro="Nie veröffentlicht.")
    return english, german


def sidebar_links(client, page):
    section = html(client.get(page.url)).select_one("aside.sidebar section.recent-articles")
    return hrefs(section.select(".recent-articles__list li a"))


def test_recent_articles_are_those_of_the_page_s_language(client, tree, german_tree, articles):
    english, german = articles
    german_entry = GlossaryPageFactory(parent=german_tree.glossary, title="Eintrag", slug="eintrag")
    english_entry = GlossaryPageFactory(parent=tree.glossary, title="Entry", slug="entry")
    assert sidebar_links(client, german_entry) == ["/de/blog/article-02/", "/de/blog/article-01/"]
    assert sidebar_links(client, german[1]) == ["/de/blog/article-01/"]
    assert sidebar_links(client, english_entry) == ["/blog/article-04/", "/blog/article-03/", "/blog/article-02/"]
    assert sidebar_links(client, english[3]) == ["/blog/article-03/", "/blog/article-02/", "/blog/article-01/"]


def test_the_home_page_shows_the_newest_articles_of_its_language(client, articles):
    german_home = html(client.get("/de/"))
    assert hrefs(german_home.select("section.newest-articles .post-card__title a")) == [
        "/de/blog/article-02/",
        "/de/blog/article-01/",
    ]
    english_home = html(client.get("/"))
    assert texts(english_home.select("section.newest-articles .post-card__title")) == [
        "Article 04",
        "Article 03",
        "Article 02",
    ]


def test_each_language_has_its_own_rss_feed(client, articles):
    german = feedparser.parse(client.get("/de/blog/feed/rss/").content)
    assert german.feed.language == "de"
    assert german.feed.link == "http://localhost/de/blog/"
    assert [entry.title for entry in german.entries] == ["Artikel 02", "Artikel 01"]
    assert [entry.link for entry in german.entries] == [
        "http://localhost/de/blog/article-02/",
        "http://localhost/de/blog/article-01/",
    ]
    english = feedparser.parse(client.get("/blog/feed/rss/").content)
    assert english.feed.language == "en"
    assert [entry.title for entry in english.entries] == ["Article 04", "Article 03", "Article 02", "Article 01"]


def test_each_language_has_its_own_atom_feed(client, articles):
    response = client.get("/de/blog/feed/atom/")
    assert b'xml:lang="de"' in response.content
    assert [entry.title for entry in feedparser.parse(response.content).entries] == ["Artikel 02", "Artikel 01"]
    assert b'xml:lang="en"' in client.get("/blog/feed/atom/").content


def test_a_language_without_a_blog_has_no_feed(client, tree):
    make_articles(tree.blog, 1)
    assert client.get("/de/blog/feed/rss/").status_code == 404


def test_feed_links_in_the_head_follow_the_page_s_language(client, articles):
    english, german = articles
    head = html(client.get(german[0].url)).head
    assert [link["href"] for link in head.select('link[rel="alternate"][type$="xml"]')] == [
        "/de/blog/feed/rss/",
        "/de/blog/feed/atom/",
    ]
    head = html(client.get(english[0].url)).head
    assert [link["href"] for link in head.select('link[rel="alternate"][type$="xml"]')] == [
        "/blog/feed/rss/",
        "/blog/feed/atom/",
    ]


def test_an_article_s_json_ld_names_its_language(client, articles):
    english, german = articles
    (script,) = html(client.get(german[0].url)).head.select('script[type="application/ld+json"]')
    posting = json.loads(script.string)["@graph"][0]
    assert (posting["@type"], posting["inLanguage"], posting["mainEntityOfPage"]["inLanguage"]) == (
        "BlogPosting",
        "de",
        "de",
    )
    (script,) = html(client.get(english[0].url)).head.select('script[type="application/ld+json"]')
    assert json.loads(script.string)["@graph"][0]["inLanguage"] == "en"


def test_an_unpublished_translation_is_in_no_feed_sidebar_or_home_page(client, tree, german_tree, articles):
    german_entry = GlossaryPageFactory(parent=german_tree.glossary, title="Eintrag", slug="eintrag")
    pages = [
        client.get("/de/blog/feed/rss/"),
        client.get("/de/blog/feed/atom/"),
        client.get("/blog/feed/rss/"),
        client.get("/de/"),
        client.get("/"),
        client.get(german_entry.url),
        client.get("/de/blog/"),
    ]
    for response in pages:
        assert response.status_code == 200
        assert b"Entwurf" not in response.content
        assert "Nie veröffentlicht".encode() not in response.content
    assert client.get("/de/blog/article-04/").status_code == 404
