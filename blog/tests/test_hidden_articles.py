"""Drafts, unpublished and private articles never reach a reader's listing.

Each hidden article is dated after every live one, so a listing that let it through
would show it first.
"""

import datetime

import pytest

from blog.tests.helpers import HIDDEN_KINDS, html, make_article, make_articles, make_hidden_article, texts
from glossary.factories import GlossaryPageFactory

pytestmark = pytest.mark.django_db

HIDDEN_DATE = datetime.date(2030, 1, 1)


@pytest.fixture(params=HIDDEN_KINDS)
def blog_with_hidden(request, tree):
    make_articles(tree.blog, 4, tags=["fintech"])
    make_hidden_article(tree.blog, request.param, title="Hidden", date=HIDDEN_DATE, tags=["fintech"])
    return tree


def test_hidden_articles_are_not_in_the_blog_index(client, blog_with_hidden):
    soup = html(client.get(blog_with_hidden.blog.url))

    assert texts(soup.select(".post-card__title")) == ["Article 04", "Article 03", "Article 02", "Article 01"]


def test_hidden_articles_are_not_in_the_tag_listing(client, blog_with_hidden):
    soup = html(client.get(blog_with_hidden.blog.url, {"tag": "fintech"}))

    assert texts(soup.select(".post-card__title")) == ["Article 04", "Article 03", "Article 02", "Article 01"]


def test_hidden_articles_are_not_in_the_sidebar_of_a_glossary_entry(client, blog_with_hidden):
    entry = GlossaryPageFactory(parent=blog_with_hidden.glossary)

    soup = html(client.get(entry.url))

    assert texts(soup.select(".recent-articles__list li a")) == ["Article 04", "Article 03", "Article 02"]


def test_hidden_articles_are_not_in_the_sidebar_of_an_article(client, blog_with_hidden):
    page = make_article(blog_with_hidden.blog, title="Reading now", date=datetime.date(2023, 1, 1))

    soup = html(client.get(page.url))

    assert texts(soup.select(".recent-articles__list li a")) == ["Article 04", "Article 03", "Article 02"]


def test_hidden_articles_do_not_count_towards_a_page_of_ten(client, tree):
    make_articles(tree.blog, 10)
    for kind in HIDDEN_KINDS:
        make_hidden_article(tree.blog, kind, title=f"Hidden {kind}", date=HIDDEN_DATE)

    soup = html(client.get(tree.blog.url))

    assert len(soup.select(".post-card")) == 10
    assert soup.select("nav.pagination") == []


def test_unpublished_changes_to_a_live_article_are_not_shown(client, tree):
    page = make_article(tree.blog, title="Published title")
    page.title = "Draft title"
    page.save_revision()
    entry = GlossaryPageFactory(parent=tree.glossary)

    assert texts(html(client.get(tree.blog.url)).select(".post-card__title")) == ["Published title"]
    assert texts(html(client.get(entry.url)).select(".recent-articles__list li a")) == ["Published title"]
    assert texts(html(client.get(page.url)).select("h1")) == ["Published title"]
