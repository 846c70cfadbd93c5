"""The blog's RSS and Atom feeds, read with feedparser as a feed reader would."""

import datetime
from dataclasses import dataclass

import feedparser
import pytest

from django.utils import timezone

from blog.tests.helpers import HIDDEN_KINDS, author, html, make_article, make_articles, make_hidden_article

RSS = "/blog/feed/rss/"
ATOM = "/blog/feed/atom/"


def at(*args):
    return timezone.make_aware(datetime.datetime(*args))


@dataclass
class Articles:
    newest: object
    same_day: object
    older: object


@pytest.fixture
def articles(tree):
    """Three live articles, and one of each kind readers must not see, dated after all of them."""
    ada, grace = author("Ada Lovelace", "Architect"), author("Grace Hopper")
    older = make_article(
        tree.blog,
        title="Caching basics",
        intro="Keep a copy close.",
        date=datetime.date(2024, 5, 1),
        first_published_at=at(2024, 5, 1, 12, 0),
        last_published_at=at(2024, 5, 1, 12, 0),
        authors=[grace],
    )
    same_day = make_article(
        tree.blog,
        title="Queues at dawn",
        intro="Work that waits.",
        date=datetime.date(2024, 5, 3),
        first_published_at=at(2024, 5, 3, 6, 0),
        last_published_at=at(2024, 5, 3, 6, 0),
        authors=[ada],
    )
    newest = make_article(
        tree.blog,
        title="Serverless & you",
        intro="Functions & events, with no <servers> to run.",
        date=datetime.date(2024, 5, 3),
        first_published_at=at(2024, 5, 3, 8, 30),
        last_published_at=at(2024, 5, 4, 10, 0),
        authors=[ada, grace],
        tags=["Cloud", "Python"],
    )
    for kind in HIDDEN_KINDS:
        make_hidden_article(tree.blog, kind, title=f"Hidden {kind}", date=datetime.date(2024, 6, 1), authors=[ada])
    return Articles(newest, same_day, older)


def read(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def rss(client):
    return read(client, RSS, "application/rss+xml; charset=utf-8")


def atom(client):
    return read(client, ATOM, "application/atom+xml; charset=utf-8")


def test_rss_lists_live_articles_newest_first(client, articles):
    feed = rss(client)

    assert feed.version == "rss20"
    assert (feed.feed.title, feed.feed.link) == ("Blog | Software Glossary", "http://localhost/blog/")
    # RSS readers take titles as HTML, so "&" arrives escaped.
    assert [entry.title for entry in feed.entries] == ["Serverless &amp; you", "Queues at dawn", "Caching basics"]
    assert [entry.link for entry in feed.entries] == [
        "http://localhost/blog/serverless-you/",
        "http://localhost/blog/queues-at-dawn/",
        "http://localhost/blog/caching-basics/",
    ]


def test_rss_item_carries_guid_date_authors_summary_and_tags(client, articles):
    entry = rss(client).entries[0]

    assert (entry.id, entry.guidislink) == (f"urn:uuid:{articles.newest.translation_key}", False)
    assert entry.published == "Fri, 03 May 2024 08:30:00 +0000"
    assert [person.name for person in entry.authors] == ["Ada Lovelace", "Grace Hopper"]
    assert entry.summary == "Functions &amp; events, with no &lt;servers&gt; to run."
    assert [tag.term for tag in entry.tags] == ["Cloud", "Python"]


def test_atom_lists_live_articles_newest_first(client, articles):
    feed = atom(client)

    assert feed.version == "atom10"
    assert (feed.feed.title, feed.feed.link, feed.feed.updated) == (
        "Blog | Software Glossary",
        "http://localhost/blog/",
        "2024-05-04T10:00:00+00:00",
    )
    assert [entry.title for entry in feed.entries] == ["Serverless & you", "Queues at dawn", "Caching basics"]
    assert [entry.link for entry in feed.entries] == [
        "http://localhost/blog/serverless-you/",
        "http://localhost/blog/queues-at-dawn/",
        "http://localhost/blog/caching-basics/",
    ]


def test_atom_entry_carries_id_dates_authors_summary_and_tags(client, articles):
    entry = atom(client).entries[0]

    assert entry.id == f"urn:uuid:{articles.newest.translation_key}"
    assert (entry.published, entry.updated) == ("2024-05-03T08:30:00+00:00", "2024-05-04T10:00:00+00:00")
    assert [person.name for person in entry.authors] == ["Ada Lovelace", "Grace Hopper"]
    assert entry.summary_detail.type == "text/html"
    assert entry.summary == "Functions &amp; events, with no &lt;servers&gt; to run."
    assert [tag.term for tag in entry.tags] == ["Cloud", "Python"]


def test_a_backdated_article_keeps_its_post_date_at_the_time_it_went_live(client, tree):
    make_article(
        tree.blog,
        title="Backdated",
        date=datetime.date(2024, 1, 15),
        first_published_at=at(2024, 3, 2, 17, 45),
        last_published_at=at(2024, 3, 2, 17, 45),
    )

    assert rss(client).entries[0].published == "Mon, 15 Jan 2024 17:45:00 +0000"
    assert atom(client).entries[0].updated == "2024-03-02T17:45:00+00:00"


@pytest.mark.parametrize("url", [RSS, ATOM])
def test_feeds_hold_the_newest_20_articles(client, tree, url):
    make_articles(tree.blog, 21)

    titles = [entry.title for entry in feedparser.parse(client.get(url).content).entries]

    assert titles == [f"Article {n:02d}" for n in range(21, 1, -1)]


def test_a_renamed_article_keeps_its_guid(client, articles, django_capture_on_commit_callbacks):
    guid = rss(client).entries[0].id
    articles.newest.slug = "serverless-and-you"
    with django_capture_on_commit_callbacks(execute=True):
        articles.newest.save_revision().publish()

    entry = rss(client).entries[0]

    assert (entry.id, entry.link) == (guid, "http://localhost/blog/serverless-and-you/")


@pytest.mark.parametrize("url", [RSS, ATOM])
def test_feeds_answer_404_when_the_blog_is_not_published(client, tree, url):
    tree.blog.unpublish()

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("page", ["blog", "article"])
def test_blog_pages_announce_both_feeds(client, articles, tree, page):
    url = tree.blog.url if page == "blog" else articles.newest.url

    links = html(client.get(url)).select('head link[rel="alternate"]')

    assert [(link["type"], link["href"]) for link in links] == [
        ("application/rss+xml", RSS),
        ("application/atom+xml", ATOM),
    ]


def test_other_pages_do_not_announce_the_feeds(client, tree):
    alternates = html(client.get(tree.glossary.url)).select('head link[rel="alternate"]')

    assert [(link["type"], link["href"]) for link in alternates] == [("application/ld+json", "/glossary/jsonld/")]
