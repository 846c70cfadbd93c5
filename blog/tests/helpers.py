"""Builders and HTML readers shared by the blog's and the home page's tests."""

import datetime
import re
from collections import Counter

from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from blog.factories import AuthorFactory, BlogPageFactory
from blog.models import BlogPageAuthor, BlogPageRelatedTerm
from cms.tests.html import texts  # noqa: F401 (re-exported for the blog and home tests)
from glossary.factories import GlossaryPageFactory

# The ways an article can exist without readers being allowed to see it.
HIDDEN_KINDS = ("draft", "unpublished", "private")


def make_article(parent, *, authors=(), tags=(), related_terms=(), **kwargs):
    """A live article; authors, tags and related terms go through the cluster and one save."""
    page = BlogPageFactory(parent=parent, **kwargs)
    if authors or tags or related_terms:
        page.authors = [BlogPageAuthor(author=author) for author in authors]
        page.related_terms = [BlogPageRelatedTerm(term=term) for term in related_terms]
        page.tags.add(*tags)
        page.save()
    return page


def make_articles(parent, count, *, first_date=datetime.date(2024, 1, 1), prefix="Article", **kwargs):
    """`count` live articles one day apart, titled "Article 01", "Article 02"... oldest first."""
    return [
        make_article(
            parent,
            title=f"{prefix} {n:02d}",
            date=first_date + datetime.timedelta(days=n - 1),
            **kwargs,
        )
        for n in range(1, count + 1)
    ]


def make_hidden(factory, parent, kind, **kwargs):
    """A page readers must not see: never published, published then withdrawn, or private."""
    if kind == "draft":
        return factory(parent=parent, live=False, **kwargs)
    page = factory(parent=parent, **kwargs)
    if kind == "unpublished":
        page.save_revision().publish()
        page.refresh_from_db()
        page.unpublish()
    elif kind == "private":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    else:
        raise ValueError(kind)
    return page


def make_hidden_article(parent, kind, **kwargs):
    return make_hidden(make_article, parent, kind, **kwargs)


def make_hidden_term(parent, kind, **kwargs):
    return make_hidden(GlossaryPageFactory, parent, kind, **kwargs)


def author(name, role="Engineer"):
    return AuthorFactory(name=name, role=role)


def html(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def hrefs(elements):
    return [element["href"] for element in elements]


def queries_to_render(client, url, **params):
    """The SQL of one request, after a first one has warmed Wagtail's caches (site, root paths)."""
    assert client.get(url, params).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def shape(sql):
    """The query with its literal values blanked, so the same query for two rows compares equal."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def assert_same_queries(few, many):
    extra = Counter(map(shape, many)) - Counter(map(shape, few))
    missing = Counter(map(shape, few)) - Counter(map(shape, many))
    assert len(few) == len(many), f"{len(few)} != {len(many)} queries; extra: {dict(extra)}; fewer: {dict(missing)}"
