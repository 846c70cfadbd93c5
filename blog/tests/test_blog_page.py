import datetime

import pytest

from blog.factories import blog_body
from blog.tests.helpers import (
    HIDDEN_KINDS,
    author,
    hrefs,
    html,
    make_article,
    make_hidden_article,
    make_hidden_term,
    texts,
)
from glossary.factories import GlossaryPageFactory

pytestmark = pytest.mark.django_db


def test_breadcrumb_leads_from_home_through_the_blog_to_the_article(client, tree):
    page = make_article(tree.blog, title="Ledgers at scale")

    crumbs = html(client.get(page.url)).select("nav.breadcrumb li")

    assert texts(crumbs) == ["Home", "Blog", "Ledgers at scale"]
    assert hrefs(html(client.get(page.url)).select("nav.breadcrumb a")) == ["/", "/blog/"]


def test_article_shows_its_title_and_intro(client, tree):
    page = make_article(tree.blog, title="Ledgers at scale", intro="Double entry, many accounts.")

    soup = html(client.get(page.url))

    assert texts(soup.select("h1")) == ["Ledgers at scale"]
    assert texts(soup.select(".lead")) == ["Double entry, many accounts."]


def test_authors_are_listed_in_the_editors_order_with_their_roles(client, tree):
    page = make_article(
        tree.blog,
        authors=[author("Zoe Zhang", "Backend Engineer"), author("Ada Lovelace", ""), author("Bo Berg", "CTO")],
    )

    authors = html(client.get(page.url)).select(".author-list .author")

    assert [(texts(item.select(".author__name")), texts(item.select(".author__role"))) for item in authors] == [
        (["Zoe Zhang"], ["Backend Engineer"]),
        (["Ada Lovelace"], []),
        (["Bo Berg"], ["CTO"]),
    ]


def test_date_is_written_out_for_readers_and_machine_readable(client, tree):
    page = make_article(tree.blog, date=datetime.date(2024, 3, 19))

    time = html(client.get(page.url)).select_one(".article__header .page-meta time")

    assert time.get_text(strip=True) == "March 19, 2024"
    assert time["datetime"] == "2024-03-19"


# blog_body(words=n) is the heading "Background" plus n - 1 words of text: n words in all.
@pytest.mark.parametrize(
    ("words", "minutes"),
    [(40, 1), (299, 1), (300, 2), (499, 2), (500, 3), (700, 4), (1000, 5)],
)
def test_reading_time_is_words_over_200_rounded_half_up(client, tree, words, minutes):
    page = make_article(tree.blog, date=datetime.date(2024, 3, 19), body=blog_body(words=words))

    meta = html(client.get(page.url)).select(".article__header .page-meta .page-meta__item")

    assert texts(meta) == ["March 19, 2024", f"Read {minutes} min"]


def test_tags_link_to_the_blog_filtered_by_each_tag(client, tree):
    page = make_article(tree.blog, tags=["fintech", "Data Engineering"])

    links = html(client.get(page.url)).select(".article__header .tag-list a.tag")

    assert sorted(zip(texts(links), hrefs(links), strict=True)) == [
        ("Data Engineering", "/blog/?tag=data-engineering"),
        ("fintech", "/blog/?tag=fintech"),
    ]


def test_an_article_without_tags_has_no_tag_list(client, tree):
    page = make_article(tree.blog)

    assert html(client.get(page.url)).select(".tag-list") == []


def test_body_sections_are_rendered_with_their_anchor(client, tree):
    page = make_article(tree.blog, body=blog_body(words=5))

    sections = html(client.get(page.url)).select(".article__body section.block-section")

    assert [(s.h2["id"], texts([s.h2]), texts(s.select(".rich-text"))) for s in sections] == [
        ("background", ["Background"], ["word word word word"])
    ]


def test_related_terms_are_the_live_ones_in_the_editors_order_with_summaries(client, tree):
    zebra = GlossaryPageFactory(parent=tree.glossary, title="Zebra striping", summary="Alternate row colours.")
    api = GlossaryPageFactory(parent=tree.glossary, title="API", summary="How programs talk.")
    hidden = [make_hidden_term(tree.glossary, kind, title=f"Hidden {kind}") for kind in HIDDEN_KINDS]
    cache = GlossaryPageFactory(parent=tree.glossary, title="Cache", summary="Keeps answers close.")
    page = make_article(tree.blog, related_terms=[zebra, hidden[0], api, hidden[1], cache, hidden[2]])

    section = html(client.get(page.url)).select_one("section.related-terms")

    assert texts(section.select("h2")) == ["Related glossary terms"]
    items = section.select(".term-list__item")
    assert [(texts(item.select(".term-list__title")), texts(item.select(".term-list__summary"))) for item in items] == [
        (["Zebra striping"], ["Alternate row colours."]),
        (["API"], ["How programs talk."]),
        (["Cache"], ["Keeps answers close."]),
    ]
    assert hrefs(section.select(".term-list__title")) == [
        "/glossary/zebra-striping/",
        "/glossary/api/",
        "/glossary/cache/",
    ]


def test_no_related_terms_section_when_none_are_live(client, tree):
    page = make_article(tree.blog, related_terms=[make_hidden_term(tree.glossary, "draft")])

    assert page.related_terms.count() == 1
    assert html(client.get(page.url)).select("section.related-terms") == []


@pytest.mark.parametrize("kind", ["draft", "unpublished"])
def test_an_article_that_is_not_live_is_not_found(client, tree, kind):
    make_hidden_article(tree.blog, kind, title="Secret plans")

    assert client.get("/blog/secret-plans/").status_code == 404


def test_a_private_article_asks_for_the_password_instead_of_showing_itself(client, tree):
    make_hidden_article(tree.blog, "private", title="Secret plans", intro="The plans, in full.")

    response = client.get("/blog/secret-plans/")

    assert response.status_code == 200
    assert "The plans, in full." not in response.content.decode()
    assert html(response).select("form input[name=password]") != []
