"""API v2's pages listing takes the filters the page types declare (`api_filters`), not a list of its own."""

from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from blog.api_filters import TagFilter
from cms.api.v2 import PagesViewSet, page_api_filters
from glossary.api_filters import LetterFilter


class Entry:
    api_filters = ["glossary.api_filters.LetterFilter"]


class SpecialEntry(Entry):
    pass


class Article:
    api_filters = ["blog.api_filters.TagFilter"]


def test_the_listing_takes_the_filters_of_every_page_type_and_their_parameters():
    assert PagesViewSet.page_filters == [LetterFilter, TagFilter]
    assert PagesViewSet.known_query_parameters - PagesAPIViewSet.known_query_parameters == {"letter", "tag"}


def test_each_filter_is_taken_once_in_the_order_of_the_page_types():
    assert page_api_filters([Page, Article, Entry, SpecialEntry]) == [TagFilter, LetterFilter]


def test_a_filter_applies_to_a_listing_of_every_type(client, content):
    response = client.get("/api/v2/pages/?letter=b")

    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Backend Software Development"]
