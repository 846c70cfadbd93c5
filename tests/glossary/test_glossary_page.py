import datetime

import pytest

from django.utils import timezone

from blog.factories import BlogPageFactory
from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory, glossary_body
from glossary.models import GlossaryAlias, GlossaryRelatedTerm


@pytest.fixture
def entry(tree):
    api = GlossaryPageFactory(parent=tree.glossary, title="API", summary="How programs talk.")
    database = GlossaryPageFactory(parent=tree.glossary, title="Database", summary="Where data lives.")
    draft = GlossaryPageFactory(parent=tree.glossary, title="Draft", live=False)
    page = GlossaryPageFactory(
        parent=tree.glossary,
        title="Backend Software Development",
        summary="The server side of an application.",
        body=[
            *glossary_body("Backend", words=390),
            {"type": "conclusion", "value": {"heading": "Conclusion", "text": "<p>It matters.</p>"}},
        ],
        first_published_at=timezone.make_aware(datetime.datetime(2024, 3, 19, 9, 0)),
        last_reviewed=datetime.date(2024, 6, 1),
    )
    page.term_aliases = [GlossaryAlias(name="Back-end development"), GlossaryAlias(name="Server-side")]
    page.related_terms = [
        GlossaryRelatedTerm(term=database),
        GlossaryRelatedTerm(term=draft),
        GlossaryRelatedTerm(term=api),
    ]
    page.save()
    for day in (1, 2, 3, 4):
        BlogPageFactory(parent=tree.blog, title=f"Post {day}", date=datetime.date(2024, 5, day))
    BlogPageFactory(parent=tree.blog, title="Unpublished post", date=datetime.date(2024, 6, 1), live=False)
    return page


@pytest.fixture
def html(client, entry):
    response = client.get("/glossary/backend-software-development/")
    assert response.status_code == 200
    return soup(response)


def test_shows_breadcrumb_home_glossary_term(html):
    crumbs = html.select("nav.breadcrumb li")
    assert texts(crumbs) == ["Home", "Glossary", "Backend Software Development"]
    assert [a["href"] for a in html.select("nav.breadcrumb a")] == ["/", "/glossary/"]
    assert crumbs[-1].select_one('[aria-current="page"]') is not None


def test_shows_title_date_and_reading_time(html):
    assert texts(html.select("h1")) == ["Backend Software Development"]
    assert texts(html.select("article .page-meta .page-meta__item")) == ["March 19, 2024", "Read 2 min"]
    assert html.select_one("article .page-meta time")["datetime"] == "2024-03-19"


def test_shows_summary_aliases_and_last_reviewed(html):
    assert texts(html.select("article .lead")) == ["The server side of an application."]
    assert texts(html.select(".aliases")) == ["Also known as: Back-end development , Server-side"]
    assert texts(html.select(".last-reviewed")) == ["Last reviewed June 1, 2024"]


def test_sections_appear_in_order_with_the_default_definition_heading(html):
    assert texts(html.select("article .article__body h2")) == [
        "What is Backend Software Development?",
        "Advantages",
        "Applications",
        "Conclusion",
    ]
    assert texts(html.select(".block-advantages h3")) == ["Fast"]
    assert texts(html.select(".block-applications h3")) == ["Web"]


def test_related_terms_lists_live_terms_in_editor_order(html):
    related = html.select_one("section.related-terms")
    assert texts(related.select(".term-list__title")) == ["Database", "API"]
    assert texts(related.select(".term-list__summary")) == ["Where data lives.", "How programs talk."]


def test_sidebar_lists_three_newest_live_articles_and_links_to_the_blog(html):
    sidebar = html.select_one("aside.sidebar")
    assert texts(sidebar.select("h2")) == ["Recent Articles"]
    assert texts(sidebar.select("li a")) == ["Post 4", "Post 3", "Post 2"]
    assert [a["href"] for a in sidebar.select("a") if a.get_text(strip=True) == "Visit Blog"] == ["/blog/"]


def test_has_skip_link_landmarks_and_back_to_top(html):
    skip = html.select_one("a.skip-link")
    assert skip.get_text(strip=True) == "Skip to main content"
    assert skip["href"] == "#main"
    assert html.select_one("main#main") is not None
    assert html.select_one("header") is not None and html.select_one("footer") is not None
    back = [a for a in html.select("a") if "Back to top" in a.get_text()]
    assert len(back) == 1
    assert html.select_one(back[0]["href"]) is not None


def test_meta_description_falls_back_to_the_summary(html, entry):
    assert html.select_one('meta[name="description"]')["content"] == "The server side of an application."
    assert texts(html.select("title")) == ["Backend Software Development | Software Glossary"]


def test_seo_title_and_search_description_win_when_set(client, entry):
    entry.seo_title = "Backend development explained"
    entry.search_description = "Everything about the server side."
    entry.save()
    html = soup(client.get(entry.url))
    assert texts(html.select("title")) == ["Backend development explained | Software Glossary"]
    assert html.select_one('meta[name="description"]')["content"] == "Everything about the server side."


def test_draft_entry_is_not_served(client, tree):
    GlossaryPageFactory(parent=tree.glossary, title="Secret", live=False)
    assert client.get("/glossary/secret/").status_code == 404
