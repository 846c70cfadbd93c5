"""API v3 at /api/v3/: the OpenAPI schema, reads, and writes with an API token.

Writes follow the editorial rules of the admin: an editor's token saves drafts and submits
them; a reviewer's token approves others' submissions, which publishes them.
"""

import datetime
import json

import pytest

from django.contrib.auth.models import Group

from wagtail.models import APIToken, Page

from cms.editorial.roles import EDITORS, REVIEWERS
from glossary.factories import glossary_body
from glossary.models import GlossaryPage


def token_for(django_user_model, username, group=None):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    if group:
        user.groups.add(Group.objects.get(name=group))
    _token, secret = APIToken.create_token(user=user, name=f"{username}'s front-end")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def editor(django_user_model):
    return token_for(django_user_model, "editor", EDITORS)


@pytest.fixture
def reviewer(django_user_model):
    return token_for(django_user_model, "reviewer", REVIEWERS)


def call(client, method, url, auth, body=None):
    if method == "get":
        response = client.get(url, **auth)
    else:
        response = getattr(client, method)(url, data=json.dumps(body or {}), content_type="application/json", **auth)
    return response.status_code, response.json() if response.content else None


def test_openapi_schema_types_our_page_fields(client, content):
    schemas = client.get("/api/v3/openapi.json").json()["components"]["schemas"]

    entry = schemas["GlossaryPageSchema"]["properties"]
    assert entry["summary"]["type"] == "string"
    assert entry["summary"]["maxLength"] == 300
    assert entry["aliases"]["anyOf"][0] == {"items": {"type": "string"}, "type": "array"}
    assert entry["reading_time"]["anyOf"][0] == {"type": "integer"}
    assert entry["related_terms"]["anyOf"][0]["items"] == {"$ref": "#/components/schemas/TermLinkData"}
    assert entry["body"]["type"] == "array"
    assert set(schemas["PageLinkData"]["properties"]) == {"id", "type", "title", "summary", "html_path", "html_url"}
    assert set(schemas["TermLinkData"]["properties"]) == {*schemas["PageLinkData"]["properties"], "aliases"}
    assert schemas["TermLinkData"]["properties"]["aliases"] == {
        "items": {"type": "string"},
        "title": "Aliases",
        "type": "array",
    }
    assert set(schemas["ImageData"]["properties"]) == {"id", "title", "alt", "width", "height", "renditions"}
    article = schemas["BlogPageSchema"]["properties"]
    assert article["authors"]["anyOf"][0]["items"] == {"$ref": "#/components/schemas/AuthorData"}
    assert article["date"]["format"] == "date"
    assert client.get("/api/v3/docs/").status_code == 200


def test_openapi_schema_types_every_block_of_a_body(client, content):
    schemas = client.get("/api/v3/openapi.json").json()["components"]["schemas"]

    items = schemas["GlossaryPageSchema"]["properties"]["body"]["items"]
    assert items["discriminator"]["propertyName"] == "type"
    assert sorted(items["discriminator"]["mapping"]) == [
        "advantages",
        "applications",
        "callout",
        "code",
        "conclusion",
        "definition",
        "image",
        "quote",
        "section",
    ]
    assert schemas["DefinitionBlockValue"]["properties"] == {
        "heading": {"title": "Heading", "type": "string"},
        "text": {"title": "Text", "type": "string"},
    }
    assert schemas["AdvantagesBlockValue"]["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/AdvantageBlockValue"
    }
    assert schemas["ImageBlockValue"]["properties"]["image"]["anyOf"][0] == {"$ref": "#/components/schemas/ImageData"}


def test_v3_detail_reads_the_same_fields_as_v2(client, content):
    v2 = client.get(f"/api/v2/pages/{content.entry.pk}/").json()
    v3 = client.get(f"/api/v3/pages/{content.entry.pk}/").json()

    for field in ("title", "summary", "aliases", "reading_time", "related_terms", "recent_articles", "body"):
        assert v3[field] == v2[field], field


def test_v3_reads_every_block_type_of_an_article(client, content):
    v2 = client.get(f"/api/v2/pages/{content.article.pk}/").json()
    v3 = client.get(f"/api/v3/pages/{content.article.pk}/").json()

    assert [block["type"] for block in v3["body"]] == ["section", "quote", "code", "callout", "conclusion"]
    for field in ("body", "authors", "tags", "hero_image", "date", "intro"):
        assert v3[field] == v2[field], field


def test_find_by_path_redirects_to_the_detail(client, content):
    response = client.get("/api/v3/pages/find/?html_path=/glossary/api/")
    assert response.status_code == 302
    assert response["Location"] == f"/api/v3/pages/{content.api.pk}/?"


@pytest.mark.parametrize(
    ("query", "status", "detail"),
    [
        ("limit=101", 400, "limit cannot be higher than 100"),
        ("offset=-1", 400, "Invalid query parameters"),
        ("limit=ten", 400, "Invalid query parameters"),
        ("type=glossary.Nothing", 400, "Invalid query parameters"),
        ("child_of=abc", 400, "Invalid query parameters"),
        ("colour=red", 400, "Unknown query parameters: colour"),
        ("type=glossary.GlossaryPage&colour=red&size=1", 400, "Unknown query parameters: colour, size"),
        ("type=blog.BlogPage&summary=x", 400, "Unknown query parameters: summary"),
        ("type=glossary.GlossaryPage&letter=c", 400, "Unknown query parameters: letter"),
        ("order=colour", 400, "Invalid query parameters"),
    ],
)
def test_invalid_parameters_are_bad_requests_with_a_message(client, content, query, status, detail):
    response = client.get(f"/api/v3/pages/?{query}")
    assert response.status_code == status
    assert response.json()["detail"] == detail


def test_fields_of_the_listed_type_are_filters(client, content):
    response = client.get("/api/v3/pages/?type=glossary.GlossaryPage&summary=How programs talk.")
    assert [item["title"] for item in response.json()["items"]] == ["API"]


def test_writes_need_a_token(client, content):
    status, body = call(client, "post", "/api/v3/pages/", {}, {"title": "x"})
    assert status == 401
    assert body["detail"] == "Authentication required: send Authorization: Bearer <token>."


def create_entry(client, auth, parent, **extra):
    return call(
        client,
        "post",
        "/api/v3/pages/",
        auth,
        {
            "meta": {"type": "glossary.GlossaryPage", "parent_id": parent.pk, **extra},
            "title": "Cache",
            "summary": "A fast copy of data kept close to where it is needed.",
            "body": glossary_body("Cache"),
        },
    )


def test_editor_token_creates_a_draft_that_readers_cannot_see(client, content, editor):
    status, body = create_entry(client, editor, content.tree.glossary)

    assert status == 201
    page = GlossaryPage.objects.get(pk=body["id"])
    assert (page.title, page.slug, page.live) == ("Cache", "cache", False)
    assert page.summary == "A fast copy of data kept close to where it is needed."
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_an_entry_created_without_a_body_keeps_an_empty_body(client, content, editor):
    """The blocks a new entry starts with in the admin are for editors: the API writes what it is sent."""
    status, body = call(
        client,
        "post",
        "/api/v3/pages/",
        editor,
        {
            "meta": {"type": "glossary.GlossaryPage", "parent_id": content.tree.glossary.pk},
            "title": "Cache",
            "summary": "A fast copy of data kept close to where it is needed.",
        },
    )

    assert (status, body["body"]) == (201, [])
    assert list(GlossaryPage.objects.get(pk=body["id"]).get_latest_revision().as_object().body) == []


def test_editor_token_cannot_publish(client, content, editor):
    status, body = create_entry(client, editor, content.tree.glossary, action="publish")
    assert status == 403
    assert body["detail"] == "You do not have permission to publish this page."
    assert not GlossaryPage.objects.filter(title="Cache").exists()

    status, body = call(client, "post", f"/api/v3/pages/{content.api.pk}/actions/publish/", editor)
    assert status == 403
    assert body["detail"] == (
        "Only administrators publish directly. Submit the draft for review "
        "(POST /api/v3/pages/{id}/actions/submit/); a reviewer's approval publishes it."
    )

    status, body = call(client, "post", f"/api/v3/pages/{content.api.pk}/actions/unpublish/", editor)
    assert status == 403
    assert body["detail"] == "Only administrators unpublish pages."
    content.api.refresh_from_db()
    assert content.api.live


def test_an_administrator_token_publishes_directly(client, content, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    _token, secret = APIToken.create_token(user=admin, name="emergency")

    status, body = call(
        client, "post", f"/api/v3/pages/{content.draft.pk}/actions/publish/", {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    )

    assert (status, body["title"]) == (200, "Draft term")
    assert client.get(f"/api/v2/pages/{content.draft.pk}/").status_code == 200


def test_editor_token_updates_a_live_page_as_a_draft(client, content, editor):
    status, body = call(client, "patch", f"/api/v3/pages/{content.api.pk}/", editor, {"summary": "Draft words."})

    assert status == 200
    assert body["summary"] == "Draft words."
    assert client.get(f"/api/v2/pages/{content.api.pk}/").json()["summary"] == "How programs talk."


def test_a_draft_goes_through_review_and_the_reviewer_publishes_it(client, content, editor, reviewer):
    _status, created = create_entry(client, editor, content.tree.glossary)
    page_id = created["id"]

    status, state = call(client, "post", f"/api/v3/pages/{page_id}/actions/submit/", editor)
    assert status == 200
    assert state == {
        "page_id": page_id,
        "status": "in_review",
        "task": "Review by a second person",
        "comment": "",
        "live": False,
        "has_unpublished_changes": True,
        "go_live_at": None,
    }

    status, body = call(client, "post", f"/api/v3/pages/{page_id}/actions/approve/", editor)
    assert status == 403
    assert body["detail"] == (
        'You cannot act on "Review by a second person" for this page: only reviewers can, and never on their own '
        "submission."
    )

    status, state = call(client, "post", f"/api/v3/pages/{page_id}/actions/approve/", reviewer, {"comment": "Good."})
    assert status == 200
    assert (state["status"], state["live"], state["has_unpublished_changes"]) == ("live", True, False)
    assert client.get(f"/api/v2/pages/{page_id}/").json()["title"] == "Cache"


def test_approving_a_draft_with_a_future_go_live_time_answers_when_it_goes_live(client, content, editor, reviewer):
    _status, created = create_entry(client, editor, content.tree.glossary)
    page_id = created["id"]
    draft = Page.objects.get(pk=page_id).get_latest_revision_as_object()
    draft.go_live_at = datetime.datetime(2099, 1, 1, 9, tzinfo=datetime.UTC)  # set in the admin's Settings tab
    draft.save_revision()
    assert call(client, "post", f"/api/v3/pages/{page_id}/actions/submit/", editor)[0] == 200

    status, state = call(client, "post", f"/api/v3/pages/{page_id}/actions/approve/", reviewer)

    assert status == 200
    assert (state["status"], state["live"], state["go_live_at"]) == ("scheduled", False, "2099-01-01T09:00:00Z")
    assert client.get(f"/api/v2/pages/{page_id}/").status_code == 404


def test_reviewer_requests_changes_with_a_comment(client, content, editor, reviewer):
    _status, created = create_entry(client, editor, content.tree.glossary)
    page_id = created["id"]
    call(client, "post", f"/api/v3/pages/{page_id}/actions/submit/", editor)

    status, body = call(client, "post", f"/api/v3/pages/{page_id}/actions/request_changes/", reviewer, {})
    assert status == 422

    status, state = call(
        client, "post", f"/api/v3/pages/{page_id}/actions/request_changes/", reviewer, {"comment": "Add a source."}
    )
    assert status == 200
    assert (state["status"], state["comment"], state["live"]) == ("changes_requested", "Add a source.", False)

    status, state = call(client, "get", f"/api/v3/pages/{page_id}/review/", editor)
    assert (status, state["status"]) == (200, "changes_requested")

    status, state = call(client, "post", f"/api/v3/pages/{page_id}/actions/submit/", editor)
    assert (status, state["status"], state["task"]) == (200, "in_review", "Review by a second person")


def test_reviewer_cannot_approve_their_own_submission(client, content, reviewer):
    _status, created = create_entry(client, reviewer, content.tree.glossary)
    page_id = created["id"]
    call(client, "post", f"/api/v3/pages/{page_id}/actions/submit/", reviewer)

    status, body = call(client, "post", f"/api/v3/pages/{page_id}/actions/approve/", reviewer)

    assert status == 403
    assert body["detail"].endswith("only reviewers can, and never on their own submission.")
    assert not GlossaryPage.objects.get(pk=page_id).live


def test_submit_refuses_a_draft_with_problems_and_keeps_it(client, content, editor):
    _status, created = create_entry(client, editor, content.tree.glossary)
    page_id = created["id"]
    call(client, "patch", f"/api/v3/pages/{page_id}/", editor, {"body": glossary_body("Cache")[:1]})

    status, body = call(client, "post", f"/api/v3/pages/{page_id}/actions/submit/", editor)

    assert status == 422
    assert body["errors"] == [
        {"msg": "The entry needs an advantages block with at least one item."},
        {"msg": "The entry needs an applications block with at least one item."},
    ]
    page = GlossaryPage.objects.get(pk=page_id)
    assert page.current_workflow_state is None
    assert [block.block_type for block in page.get_latest_revision_as_object().body] == ["definition"]


def test_submit_twice_is_a_conflict(client, content, editor):
    _status, created = create_entry(client, editor, content.tree.glossary)
    call(client, "post", f"/api/v3/pages/{created['id']}/actions/submit/", editor)

    status, body = call(client, "post", f"/api/v3/pages/{created['id']}/actions/submit/", editor)

    assert (status, body["detail"]) == (409, "This page is already waiting for review.")


def test_an_article_without_an_author_cannot_be_submitted(client, content, editor):
    status, created = call(
        client,
        "post",
        "/api/v3/pages/",
        editor,
        {
            "meta": {"type": "blog.BlogPage", "parent_id": content.tree.blog.pk},
            "title": "Caching at the edge",
            "intro": "Why a CDN helps.",
            "body": [{"type": "section", "value": {"heading": "Why", "text": "<p>Speed.</p>"}}],
        },
    )
    assert status == 201

    status, body = call(client, "post", f"/api/v3/pages/{created['id']}/actions/submit/", editor)

    assert (status, body["errors"]) == (422, [{"msg": "The article needs at least one author."}])


def test_index_pages_have_no_reading_time(client, content):
    assert "reading_time" not in client.get(f"/api/v3/pages/{content.tree.glossary.pk}/").json()
    assert "reading_time" not in client.get(f"/api/v2/pages/{content.tree.glossary.pk}/").json()


def test_submit_without_changes_is_a_conflict(client, content, editor):
    status, body = call(client, "post", f"/api/v3/pages/{content.api.pk}/actions/submit/", editor)
    assert status == 409
    assert body["detail"] == "Nothing to review: the page has no unpublished changes."
