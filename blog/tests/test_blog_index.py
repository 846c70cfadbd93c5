import datetime

import pytest

from django.utils import timezone

from blog.tests.helpers import author, hrefs, html, make_article, make_articles, make_hidden_article, texts

pytestmark = pytest.mark.django_db


def titles(soup):
    return texts(soup.select(".post-list .post-card__title"))


def pagination(soup):
    nav = soup.select_one("nav.pagination")
    if nav is None:
        return None
    return {
        "status": nav.select_one(".pagination__status").get_text(strip=True),
        "prev": [a["href"] for a in nav.select('a[rel="prev"]')],
        "next": [a["href"] for a in nav.select('a[rel="next"]')],
    }


def article_titles(numbers):
    return [f"Article {n:02d}" for n in numbers]


@pytest.fixture
def blog_with_25(tree):
    make_articles(tree.blog, 25)
    return tree


def test_articles_are_listed_newest_first_ten_to_a_page(client, blog_with_25):
    url = blog_with_25.blog.url

    assert titles(html(client.get(url))) == article_titles(range(25, 15, -1))
    assert titles(html(client.get(url, {"page": 2}))) == article_titles(range(15, 5, -1))
    assert titles(html(client.get(url, {"page": 3}))) == article_titles(range(5, 0, -1))


def test_order_is_by_post_date_not_by_creation(client, tree):
    make_article(tree.blog, title="Written first, dated last", date=datetime.date(2024, 6, 1))
    make_article(tree.blog, title="Written second, dated first", date=datetime.date(2024, 1, 1))
    make_article(tree.blog, title="Written third, dated between", date=datetime.date(2024, 3, 1))

    assert titles(html(client.get(tree.blog.url))) == [
        "Written first, dated last",
        "Written third, dated between",
        "Written second, dated first",
    ]


def test_articles_with_the_same_date_put_the_latest_published_first(client, tree):
    day = datetime.date(2024, 5, 5)
    published = timezone.make_aware(datetime.datetime(2024, 5, 5, 9, 0))
    make_article(tree.blog, title="Morning", date=day, first_published_at=published)
    make_article(tree.blog, title="Evening", date=day, first_published_at=published + datetime.timedelta(hours=9))
    make_article(tree.blog, title="Noon", date=day, first_published_at=published + datetime.timedelta(hours=3))

    assert titles(html(client.get(tree.blog.url))) == ["Evening", "Noon", "Morning"]


def test_pagination_shows_where_the_reader_is_and_links_to_neighbours(client, blog_with_25):
    url = blog_with_25.blog.url

    assert pagination(html(client.get(url))) == {"status": "Page 1 of 3", "prev": [], "next": ["?page=2"]}
    assert pagination(html(client.get(url, {"page": 2}))) == {
        "status": "Page 2 of 3",
        "prev": ["?page=1"],
        "next": ["?page=3"],
    }
    assert pagination(html(client.get(url, {"page": 3}))) == {
        "status": "Page 3 of 3",
        "prev": ["?page=2"],
        "next": [],
    }


def test_one_page_of_articles_has_no_pagination(client, tree):
    make_articles(tree.blog, 10)

    soup = html(client.get(tree.blog.url))

    assert titles(soup) == article_titles(range(10, 0, -1))
    assert pagination(soup) is None


@pytest.mark.parametrize("page", ["4", "0", "-1", "abc", "1.5", ""])
def test_a_page_number_that_does_not_exist_is_not_found(client, blog_with_25, page):
    assert client.get(blog_with_25.blog.url, {"page": page}).status_code == 404


def test_post_card_shows_date_authors_reading_time_intro_and_tags(client, tree):
    make_article(
        tree.blog,
        title="Ledgers at scale",
        date=datetime.date(2024, 3, 19),
        intro="How we keep double-entry books for millions of accounts.",
        authors=[author("Grace Hopper"), author("Ada Lovelace")],  # the editor's order, not A-Z
        tags=["fintech", "Data Engineering"],
    )

    card = html(client.get(tree.blog.url)).select_one(".post-card")

    assert card.select_one("time")["datetime"] == "2024-03-19"
    assert texts(card.select(".page-meta__item")) == [
        "March 19, 2024",
        "By Grace Hopper, Ada Lovelace",
        "Read 1 min",
    ]
    assert texts(card.select(".post-card__intro")) == ["How we keep double-entry books for millions of accounts."]
    tag_links = card.select(".tag-list a.tag")
    assert sorted(zip(texts(tag_links), hrefs(tag_links), strict=True)) == [
        ("Data Engineering", "/blog/?tag=data-engineering"),
        ("fintech", "/blog/?tag=fintech"),
    ]


def test_an_empty_blog_says_so(client, tree):
    soup = html(client.get(tree.blog.url))

    assert titles(soup) == []
    assert texts(soup.select(".empty-state")) == ["No articles have been published yet."]


# Filtering by tag


def test_tag_filter_lists_only_the_tagged_articles_newest_first(client, tree):
    articles = make_articles(tree.blog, 6)
    for page in (articles[0], articles[3], articles[4]):
        page.tags.add("fintech")
        page.save()
    articles[1].tags.add("security")
    articles[1].save()

    soup = html(client.get(tree.blog.url, {"tag": "fintech"}))

    assert titles(soup) == ["Article 05", "Article 04", "Article 01"]


def test_tag_filter_heading_names_the_tag_and_links_back_to_all_articles(client, tree):
    make_article(tree.blog, title="Streaming joins", tags=["Data Engineering"])

    soup = html(client.get(tree.blog.url, {"tag": "data-engineering"}))

    status = soup.select_one(".filter-status")
    assert texts([status]) == ["Articles tagged “Data Engineering” Show all articles"]
    assert hrefs(status.select("a")) == ["/blog/"]
    assert titles(soup) == ["Streaming joins"]


def test_a_tag_link_on_a_card_leads_to_the_filtered_listing(client, tree):
    make_article(tree.blog, title="Tagged", tags=["fintech"], date=datetime.date(2024, 1, 1))
    make_article(tree.blog, title="Untagged", date=datetime.date(2024, 1, 2))

    card_link = html(client.get(tree.blog.url)).select_one(".tag-list a.tag")["href"]

    assert titles(html(client.get(card_link))) == ["Tagged"]


def test_tag_filter_pages_keep_the_tag_in_previous_and_next_links(client, tree):
    make_articles(tree.blog, 12, tags=["fintech"])
    make_articles(tree.blog, 5, first_date=datetime.date(2025, 1, 1), prefix="Untagged")  # and newer

    first = html(client.get(tree.blog.url, {"tag": "fintech"}))
    second = html(client.get(tree.blog.url, {"tag": "fintech", "page": 2}))

    assert titles(first) == article_titles(range(12, 2, -1))
    assert pagination(first) == {"status": "Page 1 of 2", "prev": [], "next": ["?tag=fintech&page=2"]}
    assert titles(second) == article_titles([2, 1])
    assert pagination(second) == {"status": "Page 2 of 2", "prev": ["?tag=fintech&page=1"], "next": []}


def test_an_unknown_tag_is_not_found(client, tree):
    make_article(tree.blog, tags=["fintech"])

    assert client.get(tree.blog.url, {"tag": "no-such-tag"}).status_code == 404


def test_a_tag_only_hidden_articles_carry_is_not_found(client, tree):
    make_article(tree.blog, title="Visible")
    make_hidden_article(tree.blog, "draft", tags=["embargoed"])

    assert client.get(tree.blog.url, {"tag": "embargoed"}).status_code == 404


def test_tags_that_differ_only_in_case_are_one_tag(client, tree):
    make_article(tree.blog, title="Lower case", tags=["fintech"], date=datetime.date(2024, 1, 1))
    make_article(tree.blog, title="Capitalised", tags=["Fintech"], date=datetime.date(2024, 1, 2))

    assert titles(html(client.get(tree.blog.url, {"tag": "fintech"}))) == ["Capitalised", "Lower case"]
