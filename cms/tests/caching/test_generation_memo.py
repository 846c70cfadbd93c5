"""What each process keeps between publishes (cms.caching.generation_memo) follows every publish.

The page cache is off here, so every request renders: these are the kept routes, links,
breadcrumbs, sidebars and privacy, not cached pages.
"""

import datetime

import pytest

from wagtail.models import PageViewRestriction

from blog.factories import BlogPageFactory
from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryRelatedTerm


@pytest.fixture
def entry(tree):
    return GlossaryPageFactory(parent=tree.glossary, title="Latency", slug="latency")


def publish(page, capture, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with capture(execute=True):
        page.save_revision().publish()


def sidebar(client, page):
    return texts(soup(client.get(page.url)).select(".recent-articles__list a"))


def breadcrumb(client, page):
    return texts(soup(client.get(page.url)).select(".breadcrumb li"))


def test_a_published_article_joins_every_sidebar(client, tree, entry, django_capture_on_commit_callbacks):
    BlogPageFactory(parent=tree.blog, title="Older", date=datetime.date(2024, 1, 1))
    assert sidebar(client, entry) == ["Older"]

    article = BlogPageFactory(parent=tree.blog, title="Draft", date=datetime.date(2025, 1, 1), live=False)
    publish(article, django_capture_on_commit_callbacks, title="Newer")

    assert sidebar(client, entry) == ["Newer", "Older"]


def test_a_renamed_index_shows_in_every_breadcrumb(client, tree, entry, django_capture_on_commit_callbacks):
    assert breadcrumb(client, entry) == ["Home", "Glossary", "Latency"]

    publish(tree.glossary, django_capture_on_commit_callbacks, title="Terms")

    assert breadcrumb(client, entry) == ["Home", "Terms", "Latency"]


def test_a_new_slug_is_served_and_the_old_one_redirects(client, entry, django_capture_on_commit_callbacks):
    assert client.get("/glossary/latency/").status_code == 200

    publish(entry, django_capture_on_commit_callbacks, slug="delay")

    assert client.get("/glossary/delay/").status_code == 200
    assert client.get("/glossary/latency/").headers["Location"] == "/glossary/delay/"


def test_an_unpublished_page_is_gone_at_once(client, entry, django_capture_on_commit_callbacks):
    assert client.get("/glossary/latency/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        entry.unpublish()

    assert client.get("/glossary/latency/").status_code == 404


def test_a_page_made_private_leaves_related_terms_and_asks_for_a_password(
    client, tree, entry, django_capture_on_commit_callbacks
):
    other = GlossaryPageFactory(parent=tree.glossary, title="Throughput", slug="throughput")
    other.related_terms = [GlossaryRelatedTerm(term=entry)]
    publish(other, django_capture_on_commit_callbacks)
    assert texts(soup(client.get(other.url)).select(".related-terms a")) == ["Latency"]

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=entry, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert texts(soup(client.get(other.url)).select(".related-terms a")) == []
    response = client.get(entry.url)
    assert response.status_code == 200
    assert soup(response).select_one("h1").get_text(strip=True) == "Password required"


def test_a_rich_text_link_follows_its_page_when_it_moves(client, tree, entry, django_capture_on_commit_callbacks):
    link = f'<p>See <a linktype="page" id="{entry.pk}">latency</a>.</p>'
    article = BlogPageFactory(
        parent=tree.blog, title="Linking", body=[{"type": "section", "value": {"heading": "", "text": link}}]
    )
    assert [a["href"] for a in soup(client.get(article.url)).select(".article__body a")] == ["/glossary/latency/"]

    publish(entry, django_capture_on_commit_callbacks, slug="delay")

    assert [a["href"] for a in soup(client.get(article.url)).select(".article__body a")] == ["/glossary/delay/"]
