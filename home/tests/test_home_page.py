import datetime

import pytest

from blog.tests.helpers import (
    HIDDEN_KINDS,
    assert_same_queries,
    hrefs,
    html,
    make_article,
    make_articles,
    make_hidden_article,
    make_hidden_term,
    queries_to_render,
    texts,
)
from glossary.factories import GlossaryPageFactory
from home.models import HomeFeaturedTerm

pytestmark = pytest.mark.django_db


def feature(home, terms):
    home.featured_terms = [HomeFeaturedTerm(term=term) for term in terms]
    home.save()


def featured(soup):
    section = soup.select_one("section.related-terms")
    if section is None:
        return None
    return {
        "heading": texts(section.select("h2")),
        "terms": [
            (texts(item.select(".term-list__title")), texts(item.select(".term-list__summary")))
            for item in section.select(".term-list__item")
        ],
        "links": hrefs(section.select(".term-list__title")),
    }


def newest(soup):
    return texts(soup.select("section.newest-articles .post-card__title"))


def test_featured_terms_are_the_live_ones_in_the_editors_order(client, tree):
    zebra = GlossaryPageFactory(parent=tree.glossary, title="Zebra striping", summary="Alternate row colours.")
    api = GlossaryPageFactory(parent=tree.glossary, title="API", summary="How programs talk.")
    hidden = [make_hidden_term(tree.glossary, kind, title=f"Hidden {kind}") for kind in HIDDEN_KINDS]
    cache = GlossaryPageFactory(parent=tree.glossary, title="Cache", summary="Keeps answers close.")
    feature(tree.home, [hidden[0], zebra, hidden[1], api, cache, hidden[2]])

    assert featured(html(client.get(tree.home.url))) == {
        "heading": ["Featured terms"],
        "terms": [
            (["Zebra striping"], ["Alternate row colours."]),
            (["API"], ["How programs talk."]),
            (["Cache"], ["Keeps answers close."]),
        ],
        "links": ["/glossary/zebra-striping/", "/glossary/api/", "/glossary/cache/"],
    }


def test_no_featured_section_without_live_featured_terms(client, tree):
    feature(tree.home, [make_hidden_term(tree.glossary, "draft")])

    assert featured(html(client.get(tree.home.url))) is None


def test_newest_three_articles_are_shown_newest_first(client, tree):
    make_articles(tree.blog, 5)

    soup = html(client.get(tree.home.url))

    assert newest(soup) == ["Article 05", "Article 04", "Article 03"]
    assert hrefs(soup.select("section.newest-articles .post-card__title a")) == [
        "/blog/article-05/",
        "/blog/article-04/",
        "/blog/article-03/",
    ]


def test_newest_article_cards_show_date_and_intro(client, tree):
    make_article(
        tree.blog,
        title="Ledgers at scale",
        date=datetime.date(2024, 3, 19),
        intro="How we keep double-entry books.",
    )

    card = html(client.get(tree.home.url)).select_one("section.newest-articles .post-card")

    assert texts(card.select("time")) == ["March 19, 2024"]
    assert card.select_one("time")["datetime"] == "2024-03-19"
    assert texts(card.select(".post-card__intro")) == ["How we keep double-entry books."]


def test_newest_articles_link_to_all_articles(client, tree):
    make_articles(tree.blog, 1)

    links = html(client.get(tree.home.url)).select("section.newest-articles p > a")

    assert list(zip(texts(links), hrefs(links), strict=True)) == [("All articles", "/blog/")]


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_hidden_articles_are_not_among_the_newest(client, tree, kind):
    make_articles(tree.blog, 4)
    make_hidden_article(tree.blog, kind, title="Hidden", date=datetime.date(2030, 1, 1))

    assert newest(html(client.get(tree.home.url))) == ["Article 04", "Article 03", "Article 02"]


def test_no_newest_articles_section_without_articles(client, tree):
    make_hidden_article(tree.blog, "draft")

    assert html(client.get(tree.home.url)).select("section.newest-articles") == []


def test_calls_to_action_lead_to_the_glossary_and_the_blog(client, tree):
    links = html(client.get(tree.home.url)).select(".cta-links a")

    assert list(zip(texts(links), hrefs(links), strict=True)) == [
        ("Browse the glossary", "/glossary/"),
        ("Read the blog", "/blog/"),
    ]


def test_home_page_costs_the_same_queries_for_few_and_many_terms_and_articles(client, tree):
    terms = [GlossaryPageFactory(parent=tree.glossary) for _ in range(6)]
    feature(tree.home, terms[:1])
    make_articles(tree.blog, 3)
    few = queries_to_render(client, tree.home.url)

    feature(tree.home, terms)
    make_articles(tree.blog, 20, prefix="More", first_date=datetime.date(2025, 1, 1))
    many = queries_to_render(client, tree.home.url)

    assert_same_queries(few, many)
