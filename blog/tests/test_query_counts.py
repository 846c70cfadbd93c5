"""Listings must not cost a query per article, author or tag: 30 articles cost what 5 do."""

import datetime

import pytest

from blog.tests.helpers import assert_same_queries, author, make_article, make_articles, queries_to_render
from glossary.factories import GlossaryPageFactory

pytestmark = pytest.mark.django_db


def add_articles(tree, count, first_date):
    """Articles that each carry two authors and two tags, as real listings do."""
    return make_articles(
        tree.blog,
        count,
        first_date=first_date,
        prefix=f"From {first_date.isoformat()}",
        authors=[author(f"Writer {first_date.isoformat()}"), author(f"Editor {first_date.isoformat()}")],
        tags=["fintech", f"batch-{first_date.isoformat()}"],
    )


@pytest.mark.parametrize(
    ("params", "few"),
    [({}, 5), ({"tag": "fintech"}, 5), ({"page": "2"}, 12)],
    ids=["all", "tag", "page-2"],
)
def test_blog_index_costs_the_same_queries_for_few_and_30_articles(client, tree, params, few):
    """The page shown must hold fewer cards with `few` articles than with 30, or an N+1 would hide."""
    add_articles(tree, few, datetime.date(2023, 1, 1))
    queries_with_few = queries_to_render(client, tree.blog.url, **params)

    add_articles(tree, 30 - few, datetime.date(2024, 1, 1))
    queries_with_30 = queries_to_render(client, tree.blog.url, **params)

    assert_same_queries(queries_with_few, queries_with_30)


def test_blog_article_costs_the_same_queries_for_5_and_30_articles(client, tree):
    (page,) = make_articles(
        tree.blog,
        1,
        prefix="Reading",
        first_date=datetime.date(2022, 1, 1),
        authors=[author("Ada Lovelace"), author("Grace Hopper")],
        tags=["fintech", "ledgers"],
    )
    add_articles(tree, 5, datetime.date(2023, 1, 1))
    few = queries_to_render(client, page.url)

    add_articles(tree, 25, datetime.date(2024, 1, 1))
    many = queries_to_render(client, page.url)

    assert_same_queries(few, many)


def test_blog_article_costs_the_same_queries_for_one_and_five_authors_tags_and_terms(client, tree):
    terms = [GlossaryPageFactory(parent=tree.glossary) for _ in range(5)]
    small = make_article(tree.blog, title="Small", authors=[author("Solo")], tags=["solo"], related_terms=terms[:1])
    large = make_article(
        tree.blog,
        title="Large",
        authors=[author(f"Writer {n}") for n in range(5)],
        tags=[f"topic {n}" for n in range(5)],
        related_terms=terms,
    )

    assert_same_queries(queries_to_render(client, small.url), queries_to_render(client, large.url))
