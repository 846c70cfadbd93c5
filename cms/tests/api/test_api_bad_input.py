"""Whatever a client sends, the APIs answer with a status below 500 and say what was wrong."""

import json

import pytest

from django.contrib.auth.models import Group

from wagtail.models import APIToken, Page, Revision

from cms.editorial.roles import EDITORS
from glossary.factories import glossary_body

NASTY_LISTING_QUERIES = [
    "search=%00",
    "search=a%27%22",
    "search=%22unterminated",
    "search=a%20AND%20(b",
    "search=" + "x" * 2000,
    "search_operator=xor&search=a",
    "order=random&offset=5",
    "child_of=0",
    "child_of=-1",
    "child_of=99999",
    "descendant_of=abc",
    "type=",
    "letter=",
    "tag=%00",
    "fields=body(x)",
    "fields=*,-title",
    "limit=0",
    "offset=99999",
    "locale=xx",
    "site=nope",
    "rich_text_format=x",
    "title=%00",
    "type=glossary.GlossaryPage&summary=%00",
]

NASTY_FIND_QUERIES = [
    "id=abc",
    "id=-1",
    "id=%00",
    "html_path=%00",
    "html_path=",
    "html_path=/../",
    "site=x&html_path=/",
]


def assert_client_error_or_success(response):
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        body = response.json()
        assert body.get("message") or body.get("detail"), body


@pytest.mark.parametrize("query", NASTY_LISTING_QUERIES)
def test_listings_never_fail(client, content, query):
    assert_client_error_or_success(client.get(f"/api/v2/pages/?{query}"))
    assert_client_error_or_success(client.get(f"/api/v3/pages/?{query}"))


@pytest.mark.parametrize("query", NASTY_FIND_QUERIES)
def test_find_never_fails(client, content, query):
    assert_client_error_or_success(client.get(f"/api/v2/pages/find/?{query}"))
    assert_client_error_or_success(client.get(f"/api/v3/pages/find/?{query}"))


@pytest.mark.parametrize("endpoint", ["images", "documents", "redirects", "page_preview"])
@pytest.mark.parametrize("query", ["search=%00", "id=abc", "search_operator=xor&search=a", "order=%00"])
def test_other_v2_endpoints_never_fail(client, content, endpoint, query):
    assert_client_error_or_success(client.get(f"/api/v2/{endpoint}/?{query}"))
    if endpoint != "page_preview":
        assert_client_error_or_success(client.get(f"/api/v2/{endpoint}/find/?{query}"))
        assert_client_error_or_success(client.get(f"/api/v3/{endpoint}/?{query}"))


def test_search_with_quotes_still_finds_the_term(client, content):
    response = client.get('/api/v2/pages/?type=glossary.GlossaryPage&search="backend software"')
    assert [item["title"] for item in response.json()["items"]] == ["Backend Software Development"]


def test_bad_search_operator_is_explained(client, content):
    response = client.get("/api/v2/pages/?search=a&search_operator=xor")
    assert (response.status_code, response.json()) == (400, {"message": "search_operator must be 'and' or 'or'"})


CONTROL_CHARACTERS = "Query parameters must not contain control characters (such as %00)"


def test_null_characters_are_refused(client, content):
    response = client.get("/api/v2/pages/?search=%00")
    assert (response.status_code, response.json()) == (400, {"message": CONTROL_CHARACTERS})
    assert client.get("/api/v3/pages/?search=%00").json()["detail"] == CONTROL_CHARACTERS


def bearer(user):
    _token, secret = APIToken.create_token(user=user, name=f"{user.username}'s front-end")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def superuser(django_user_model):
    return bearer(django_user_model.objects.create_superuser("admin", "admin@example.com", "pw"))


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.com", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    return bearer(user)


def send(client, method, url, body, auth):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.generic(method, url, data=data, content_type="application/json", **auth)


# Every v3 operation that reads a JSON body ({id}: an existing page, image, site...).
WRITES_WITH_A_BODY = [
    ("POST", "/api/v3/pages/"),
    ("PATCH", "/api/v3/pages/{page}/"),
    ("POST", "/api/v3/pages/{page}/actions/unpublish/"),
    ("POST", "/api/v3/pages/{page}/actions/copy/"),
    ("POST", "/api/v3/pages/{page}/actions/move/"),
    ("POST", "/api/v3/pages/{page}/actions/revert/"),
    ("POST", "/api/v3/pages/{page}/actions/create_alias/"),
    ("POST", "/api/v3/pages/{page}/actions/copy_for_translation/"),
    ("POST", "/api/v3/pages/{page}/actions/approve/"),
    ("POST", "/api/v3/pages/{page}/actions/request_changes/"),
    ("POST", "/api/v3/sites/"),
    ("PUT", "/api/v3/sites/{site}/"),
    ("POST", "/api/v3/redirects/"),
    ("PUT", "/api/v3/redirects/{redirect}/"),
    ("PATCH", "/api/v3/images/{image}/"),
    ("PATCH", "/api/v3/documents/{document}/"),
]


def test_every_write_with_a_json_body_is_in_the_list(client, db):
    schema = client.get("/api/v3/openapi.json").json()
    operations = {
        (method.upper(), path)
        for path, path_operations in schema["paths"].items()
        if not path.startswith("/api/v3/snippets/")  # no snippet model is exposed through v3
        for method, operation in path_operations.items()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    }
    placeholders = {"{page}": "{page_id}", "{site}": "{site_id}", "{redirect}": "{redirect_id}"}
    placeholders |= {"{image}": "{image_id}", "{document}": "{document_id}"}
    listed = set()
    for method, path in WRITES_WITH_A_BODY:
        for short, long in placeholders.items():
            path = path.replace(short, long)
        listed.add((method, path))
    assert listed == operations


def write_url(path, content):
    return path.format(page=content.entry.pk, site=1, redirect=1, image=content.image.pk, document=1)


DEEP_BODIES = {"arrays": "[" * 5000 + "]" * 5000, "objects": '{"a": ' * 5000 + "1" + "}" * 5000}


@pytest.mark.parametrize("nesting", DEEP_BODIES)
@pytest.mark.parametrize(("method", "path"), WRITES_WITH_A_BODY)
def test_a_deeply_nested_body_is_a_bad_request_after_authentication(client, content, superuser, method, path, nesting):
    url = write_url(path, content)

    anonymous = send(client, method, url, DEEP_BODIES[nesting], {})
    assert (anonymous.status_code, anonymous.json()["detail"]) == (
        401,
        "Authentication required: send Authorization: Bearer <token>.",
    )
    response = send(client, method, url, DEEP_BODIES[nesting], superuser)
    assert (response.status_code, response.json()) == (
        400,
        {
            "type": "about:blank",
            "title": "Bad Request",
            "status": 400,
            "detail": "Cannot parse request body (the JSON is nested too deeply)",
        },
    )


@pytest.mark.parametrize("method", ["POST", "DELETE"])
@pytest.mark.parametrize(
    "path", ["/api/v3/pages/{page}/actions/submit/", "/api/v3/pages/{page}/actions/publish/", "/api/v3/pages/{page}/"]
)
def test_a_deeply_nested_body_without_a_token_is_unauthorized_where_no_body_is_read(client, content, method, path):
    response = send(client, method, write_url(path, content), DEEP_BODIES["arrays"], {})
    assert response.status_code in (401, 405)
    if response.status_code == 401:
        assert response.json()["detail"] == "Authentication required: send Authorization: Bearer <token>."


def test_a_body_that_is_not_json_says_why(client, content, superuser):
    response = send(client, "POST", "/api/v3/pages/", '{"title": }', superuser)
    assert (response.status_code, response.json()["detail"]) == (
        400,
        "Cannot parse request body (Expecting value: line 1 column 11 (char 10))",
    )


OFFSET_LIMIT = "offset cannot be higher than 9223372036854775807"
TOO_FAR = ["9223372036854775808", str(10**30), "9223372036854775808.0", "1e19", "9" * 5000]
V2_LISTINGS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/redirects/"]
V3_LISTINGS = [
    "/api/v3/pages/",
    "/api/v3/pages/{page}/revisions/",
    "/api/v3/images/",
    "/api/v3/documents/",
    "/api/v3/redirects/",
    "/api/v3/sites/",
]


@pytest.mark.parametrize("offset", TOO_FAR)
@pytest.mark.parametrize("listing", V2_LISTINGS)
def test_v2_offset_beyond_the_database_limit_is_refused(client, content, listing, offset):
    response = client.get(f"{listing}?offset={offset}")
    assert (response.status_code, response.json()) == (400, {"message": OFFSET_LIMIT})


@pytest.mark.parametrize("offset", TOO_FAR)
@pytest.mark.parametrize("listing", V3_LISTINGS)
def test_v3_offset_beyond_the_database_limit_is_refused(client, content, superuser, listing, offset):
    response = client.get(f"{write_url(listing, content)}?offset={offset}", **superuser)
    assert (response.status_code, response.json()["detail"]) == (400, OFFSET_LIMIT)


@pytest.mark.parametrize("listing", V2_LISTINGS + V3_LISTINGS)
def test_the_largest_offset_is_an_empty_page(client, content, superuser, listing):
    response = client.get(f"{write_url(listing, content)}?offset=9223372036854775807", **superuser)
    assert (response.status_code, response.json()["items"]) == (200, [])


def block_error(loc, error_type, msg):
    return {"type": error_type, "loc": ["body", "data", "glossary.GlossaryPage", "body", *loc], "msg": msg}


MALFORMED_BODIES = {
    "block without value": (
        [{"type": "definition"}],
        [block_error([0, "definition", "value"], "missing", "Field required")],
    ),
    "block without type": (
        [{"value": {}}],
        [block_error([0], "union_tag_not_found", "Unable to extract tag using discriminator 'type'")],
    ),
    "unknown block type": (
        [{"type": "video", "value": {}}],
        [
            block_error(
                [0],
                "union_tag_invalid",
                "Input tag 'video' found using 'type' does not match any of the expected tags: 'definition', "
                "'advantages', 'applications', 'section', 'image', 'quote', 'code', 'callout', 'conclusion'",
            )
        ],
    ),
    "block that is not an object": (
        ["definition"],
        [
            block_error(
                [0], "model_attributes_type", "Input should be a valid dictionary or object to extract fields from"
            )
        ],
    ),
    "value that is not an object": (
        [{"type": "definition", "value": "text"}],
        [block_error([0, "definition", "value"], "dict_type", "Input should be a valid dictionary")],
    ),
    "items not a list": (
        [glossary_body("Cache")[0], {"type": "advantages", "value": {"heading": "Why", "items": "fast"}}],
        [block_error([1, "advantages", "value", "items"], "list_type", "Input should be a valid list")],
    ),
    "item not an object": (
        [{"type": "advantages", "value": {"heading": "Why", "items": [1]}}],
        [block_error([0, "advantages", "value", "items", 0], "dict_type", "Input should be a valid dictionary")],
    ),
    "number for a heading": (
        [{"type": "definition", "value": {"heading": 3, "text": "<p>x</p>"}}],
        [block_error([0, "definition", "value", "heading"], "string_type", "Input should be a valid string")],
    ),
    "list for rich text": (
        [{"type": "definition", "value": {"heading": "", "text": ["x"]}}],
        [
            block_error([0, "definition", "value", "text", "str"], "string_type", "Input should be a valid string"),
            block_error(
                [0, "definition", "value", "text", "RichTextInputSchema"],
                "model_type",
                "Input should be a valid dictionary or instance of RichTextInputSchema",
            ),
        ],
    ),
    "image id that is not a number": (
        [{"type": "image", "value": {"image": "abc", "alt_text": "Racks"}}],
        [
            block_error(
                [0, "image", "value", "image"],
                "int_parsing",
                "Input should be a valid integer, unable to parse string as an integer",
            )
        ],
    ),
    "choice that does not exist": (
        [{"type": "code", "value": {"language": "cobol", "code": "x"}}],
        [
            block_error(
                [0, "code", "value", "language"],
                "literal_error",
                "Input should be 'python', 'javascript', 'typescript', 'bash', 'sql', 'json', 'yaml', 'html', "
                "'css', 'java', 'go' or 'text'",
            )
        ],
    ),
    "key no block has": (
        [{"type": "quote", "value": {"quote": "Hi", "author": "Me"}}],
        [block_error([0, "quote", "value", "author"], "extra_forbidden", "Extra inputs are not permitted")],
    ),
}


def without_context(errors):
    return [{key: error[key] for key in ("type", "loc", "msg")} for error in errors]


@pytest.mark.parametrize("case", MALFORMED_BODIES)
def test_a_malformed_body_is_refused_with_the_blocks_path(client, content, editor, case):
    body, errors = MALFORMED_BODIES[case]
    revisions = Revision.objects.count()

    created = send(
        client,
        "POST",
        "/api/v3/pages/",
        {
            "meta": {"type": "glossary.GlossaryPage", "parent_id": content.tree.glossary.pk},
            "title": "Cache",
            "summary": "A fast copy.",
            "body": body,
        },
        editor,
    )
    updated = send(client, "PATCH", f"/api/v3/pages/{content.entry.pk}/", {"body": body}, editor)

    for response in (created, updated):
        assert (response.status_code, response.json()["detail"]) == (422, "Validation failed")
        assert without_context(response.json()["errors"]) == errors
    assert Revision.objects.count() == revisions


@pytest.mark.parametrize(
    ("page", "body", "unknown", "page_type"),
    [
        ("article", {"title": "Renamed", "definition": "x"}, ["definition"], "blog.BlogPage"),
        ("entry", {"summary": "x", "sumary": "y", "Body": []}, ["Body", "sumary"], "glossary.GlossaryPage"),
    ],
)
def test_an_update_with_unknown_fields_is_refused_and_saves_nothing(
    client, content, editor, page, body, unknown, page_type
):
    page = getattr(content, page)
    revisions = page.revisions.count()

    response = send(client, "PATCH", f"/api/v3/pages/{page.pk}/", body, editor)

    assert (response.status_code, response.json()) == (
        400,
        {
            "type": "about:blank",
            "title": "Bad Request",
            "status": 400,
            "detail": f"Unknown fields: {', '.join(unknown)}",
            "errors": [{"loc": ["body", name], "msg": f"Not a field {page_type} accepts"} for name in unknown],
        },
    )
    assert page.revisions.count() == revisions
    assert Page.objects.get(pk=page.pk).title == page.title


def test_a_new_page_with_unknown_fields_is_refused(client, content, editor):
    body = {
        "meta": {"type": "blog.BlogPage", "parent_id": content.tree.blog.pk},
        "title": "New",
        "date": "2024-06-01",
        "intro": "An article.",
        "definition": "x",
    }

    response = send(client, "POST", "/api/v3/pages/", body, editor)

    assert (response.status_code, response.json()["detail"]) == (400, "Unknown fields: definition")
    assert not Page.objects.filter(title="New").exists()


def test_a_review_action_with_unknown_fields_is_refused(client, content, editor):
    response = send(client, "POST", f"/api/v3/pages/{content.entry.pk}/actions/approve/", {"coment": "OK"}, editor)

    assert (response.status_code, response.json()["errors"]) == (
        400,
        [{"loc": ["body", "coment"], "msg": "Not a field this operation accepts"}],
    )


def test_what_the_blocks_refuse_is_reported_block_by_block(client, content, editor):
    """Required values may stay empty in a draft, as in the admin (submission checks them);
    what a block refuses in any draft is reported with the block's path."""
    body = [
        {"type": "section", "value": {"heading": "h" * 121, "text": "<p>Text.</p>"}},
        {"type": "quote", "value": {"quote": "Hi."}},
        {"type": "advantages", "value": {"heading": "Why", "items": [{"title": "x" * 122, "text": "<p>Fast.</p>"}]}},
    ]
    revisions = Revision.objects.count()

    response = send(client, "PATCH", f"/api/v3/pages/{content.entry.pk}/", {"body": body}, editor)

    assert (response.status_code, response.json()["errors"]) == (
        422,
        [
            {
                "type": "max_length",
                "loc": ["body"],
                "msg": "body[0].value.heading: Ensure this value has at most 120 characters (it has 121).",
            },
            {
                "type": "max_length",
                "loc": ["body"],
                "msg": "body[2].value.items[0].title: Ensure this value has at most 120 characters (it has 122).",
            },
        ],
    )
    assert Revision.objects.count() == revisions
