"""The "Recent Articles" sidebar, shown beside glossary entries and blog articles."""

import pytest

from blog.tests.helpers import hrefs, html, make_articles, texts
from glossary.factories import GlossaryPageFactory

pytestmark = pytest.mark.django_db


def sidebar(response):
    return html(response).select_one("aside.sidebar section.recent-articles")


def listed(section):
    return texts(section.select(".recent-articles__list li a"))


def test_a_glossary_entry_shows_the_three_newest_articles_newest_first(client, tree):
    make_articles(tree.blog, 5)
    entry = GlossaryPageFactory(parent=tree.glossary)

    section = sidebar(client.get(entry.url))

    assert texts(section.select("h2")) == ["Recent Articles"]
    assert listed(section) == ["Article 05", "Article 04", "Article 03"]
    assert hrefs(section.select(".recent-articles__list li a")) == [
        "/blog/article-05/",
        "/blog/article-04/",
        "/blog/article-03/",
    ]
    assert texts(section.select(".recent-articles__list time")) == [
        "January 5, 2024",
        "January 4, 2024",
        "January 3, 2024",
    ]


def test_the_sidebar_links_to_the_blog(client, tree):
    make_articles(tree.blog, 1)
    entry = GlossaryPageFactory(parent=tree.glossary)

    links = sidebar(client.get(entry.url)).select("a.button-link")

    assert list(zip(texts(links), hrefs(links), strict=True)) == [("Visit Blog", "/blog/")]


def test_an_article_is_not_listed_in_its_own_sidebar(client, tree):
    articles = make_articles(tree.blog, 5)

    newest = sidebar(client.get(articles[-1].url))
    middle = sidebar(client.get(articles[2].url))

    assert listed(newest) == ["Article 04", "Article 03", "Article 02"]
    assert listed(middle) == ["Article 05", "Article 04", "Article 02"]


def test_fewer_than_three_articles_are_all_listed(client, tree):
    make_articles(tree.blog, 2)
    entry = GlossaryPageFactory(parent=tree.glossary)

    assert listed(sidebar(client.get(entry.url))) == ["Article 02", "Article 01"]


def test_with_no_other_article_the_sidebar_says_so(client, tree):
    (only,) = make_articles(tree.blog, 1)

    section = sidebar(client.get(only.url))

    assert listed(section) == []
    assert texts(section.select("p:not(:has(a))")) == ["No articles have been published yet."]
