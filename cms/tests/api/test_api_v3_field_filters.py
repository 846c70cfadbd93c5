"""API v3's page listing describes the field filters it takes in its OpenAPI schema, and takes
exactly those: the front-end's types are generated from the schema."""

import pytest

from wagtail.models import get_page_models

from cms.api.v3 import V3_LISTING_PARAMETERS

SAMPLE_VALUES = {
    ("string", None): "x",
    ("string", "date"): "2024-05-02",
    ("string", "date-time"): "2024-05-02T09:30:00Z",
    ("boolean", None): "true",
    ("integer", None): "1",
    ("array", None): "x",
}
PAGE_TYPES = [model._meta.label for model in get_page_models()]


@pytest.fixture
def listing_parameters(client):
    schema = client.get("/api/v3/openapi.json").json()
    return schema["paths"]["/api/v3/pages/"]["get"]["parameters"]


def field_filters(listing_parameters):
    return {
        parameter["name"]: parameter
        for parameter in listing_parameters
        if parameter["name"] not in V3_LISTING_PARAMETERS
    }


def test_the_listing_lists_its_field_filters_with_their_types(listing_parameters):
    filters = field_filters(listing_parameters)

    assert {name: (parameter["schema"], parameter.get("x-page-types")) for name, parameter in filters.items()} == {
        "title": ({"type": "string"}, None),
        "slug": ({"type": "string"}, None),
        "seo_title": ({"type": "string"}, None),
        "search_description": ({"type": "string"}, None),
        "show_in_menus": ({"type": "boolean"}, None),
        "first_published_at": ({"type": "string", "format": "date-time"}, None),
        "aliases": ({"type": "integer"}, ["glossary.GlossaryPage"]),
        "authors": ({"type": "integer"}, ["blog.BlogPage"]),
        "body": ({"type": "string"}, ["glossary.GlossaryPage", "blog.BlogPage"]),
        "date": ({"type": "string", "format": "date"}, ["blog.BlogPage"]),
        "featured_terms": ({"type": "integer"}, ["home.HomePage"]),
        "hero_image": ({"type": "integer"}, ["blog.BlogPage"]),
        "intro": (
            {"type": "string"},
            ["glossary.GlossaryIndexPage", "blog.BlogIndexPage", "blog.BlogPage", "home.HomePage"],
        ),
        "last_published_at": (
            {"type": "string", "format": "date-time"},
            [
                "glossary.GlossaryIndexPage",
                "glossary.GlossaryPage",
                "blog.BlogIndexPage",
                "blog.BlogPage",
                "home.HomePage",
            ],
        ),
        "last_reviewed": ({"type": "string", "format": "date"}, ["glossary.GlossaryPage"]),
        "related_terms": ({"type": "integer"}, ["glossary.GlossaryPage", "blog.BlogPage"]),
        "summary": ({"type": "string"}, ["glossary.GlossaryPage"]),
        "tags": ({"type": "array", "items": {"type": "string"}}, ["blog.BlogPage"]),
    }
    assert filters["tags"]["description"] == (
        "Pages tagged with this tag: its name, exactly (case counts; a comma is part of the name). "
        "Repeat `tags` for the pages that have every one of the tags. "
        "A field of blog.BlogPage: filters only with `type=blog.BlogPage` and no other type."
    )
    assert filters["show_in_menus"]["description"] == (
        "Pages whose `show_in_menus` is `true` or `false` (also `1`/`0`, `yes`/`no`, `on`/`off`). "
        "A field of every page type."
    )
    assert all(parameter["in"] == "query" and not parameter["required"] for parameter in filters.values())


@pytest.mark.parametrize("page_type", [None, *PAGE_TYPES])
def test_the_listing_takes_the_filters_it_lists_and_refuses_the_others(client, content, listing_parameters, page_type):
    filters = field_filters(listing_parameters)
    type_query = "" if page_type is None else f"type={page_type}&"
    unlisted = {"pk", "id", "colour"}
    if page_type is not None:
        model = next(model for model in get_page_models() if model._meta.label == page_type)
        unlisted |= {field.name for field in model._meta.get_fields()} - set(filters) - V3_LISTING_PARAMETERS

    for name, parameter in filters.items():
        value = SAMPLE_VALUES[parameter["schema"]["type"], parameter["schema"].get("format")]
        response = client.get(f"/api/v3/pages/?{type_query}{name}={value}")
        if page_type in parameter.get("x-page-types", [page_type]):
            assert response.status_code == 200, (name, response.json())
        else:
            assert response.status_code == 400, name
            assert response.json()["detail"] == f"Unknown query parameters: {name}"
    for name in unlisted:
        response = client.get(f"/api/v3/pages/?{type_query}{name}=1")
        assert response.status_code == 400, name
        assert response.json()["detail"] == f"Unknown query parameters: {name}"


def test_a_filter_of_a_type_does_not_apply_to_a_listing_of_two_types(client, content):
    response = client.get("/api/v3/pages/?type=blog.BlogPage&type=glossary.GlossaryPage&body=x")
    assert response.status_code == 400
    assert response.json()["detail"] == "Unknown query parameters: body"


@pytest.mark.parametrize(
    ("tags", "titles"),
    [
        (["Cloud"], ["Why backends matter"]),
        (["cloud"], []),
        (["Cloud,Edge"], []),
        (["Cloud", "Edge"], []),
        (["Cloud", "Cloud"], ["Why backends matter"]),
    ],
)
def test_tags_filter_on_tag_names_every_one_of_them(client, content, tags, titles):
    response = client.get("/api/v3/pages/", {"type": "blog.BlogPage", "tags": tags})
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == titles
