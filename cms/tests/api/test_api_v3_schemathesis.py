"""API v3 fuzzed from its own OpenAPI schema: schemathesis generates valid and invalid requests
for its operations, anonymous, with an editor's token and with a superuser's token, against the
test database.

Each answer must be below 500, match the schema's content type and, where the schema describes
the status, its body; every refusal must say why in a JSON `detail`. Wagtail's v3 schema
documents success statuses only, so an undocumented 4xx is not counted as a failure.
The tests after the fuzzing ones pin what it (and the soak test) found, now fixed:
docs/reliability.md lists them.
"""

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from django.contrib.auth.models import Group
from django.db import OperationalError, connection
from django.test.client import ClientHandler

from wagtail.models import APIToken

from cms.editorial.roles import EDITORS

CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]

django_handler = ClientHandler()


def django_test_app(environ, start_response):
    """Django as its test client runs it: inside the test's transaction, which a plain WSGI
    handler would close at the start of each request."""
    response = django_handler(environ)
    start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
    return [response.content]


# No snippet model is exposed through v3, so its snippet paths take an empty type and cannot be called.
schema = schemathesis.openapi.from_wsgi("/api/v3/openapi.json", django_test_app).exclude(
    path_regex="^/api/v3/snippets/"
)


def valid_and_invalid(operations):
    return st.one_of(operations.as_strategy(GenerationMode.POSITIVE), operations.as_strategy(GenerationMode.NEGATIVE))


fuzz_settings = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def assert_refusal_explained(response):
    if 400 <= response.status_code < 500:
        body = response.json()
        assert isinstance(body.get("detail"), str), body
        assert body["detail"].strip(), body


@fuzz_settings
@given(case=valid_and_invalid(schema.include(method="GET")))
def test_anonymous_reads(content, case):
    response = case.call_and_validate(checks=CHECKS)
    assert_refusal_explained(response)


@pytest.fixture
def editor_token(django_user_model):
    editor = django_user_model.objects.create_user("fuzzing-editor", "editor@example.com", "pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    _token, secret = APIToken.create_token(user=editor, name="fuzzing")
    return secret


@fuzz_settings
@given(case=valid_and_invalid(schema))
def test_editor_calls(content, editor_token, case):
    response = case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {editor_token}"})
    assert_refusal_explained(response)


@pytest.fixture
def superuser_token(django_user_model):
    admin = django_user_model.objects.create_superuser("fuzz", "fuzz@example.com", "pw")
    _token, secret = APIToken.create_token(user=admin, name="fuzzing")
    return secret


@fuzz_settings
@given(case=valid_and_invalid(schema))
def test_superuser_calls(content, superuser_token, case):
    response = case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {superuser_token}"})
    assert_refusal_explained(response)


@pytest.mark.parametrize("page_id", ["abc", "1.5", "-8.074679720584903e-232"])
def test_update_of_a_page_id_that_is_not_a_number_is_refused(client, content, superuser_token, page_id):
    response = client.patch(
        f"/api/v3/pages/{page_id}/",
        data={"title": "Renamed"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {superuser_token}",
    )
    assert (response.status_code, response.json()) == (
        422,
        {
            "type": "about:blank",
            "title": "Unprocessable Entity",
            "status": 422,
            "detail": "Validation failed",
            "errors": [{"loc": ["path", "page_id"], "msg": "Input should be a valid integer"}],
        },
    )


@pytest.mark.parametrize("endpoint", ["/api/v3/pages/", "/api/v3/pages/find/"])
def test_a_site_port_that_is_not_a_number_is_refused(client, content, endpoint):
    response = client.get(f"{endpoint}?site=localhost:x&html_path=/")
    assert (response.status_code, response.json()["detail"]) == (
        400,
        "Site must be a hostname, or hostname:port with a numeric port",
    )


@pytest.mark.parametrize("body", ['"g"', "[]", "3", "null"])
def test_a_page_body_that_is_not_an_object_is_refused(client, content, superuser_token, body):
    response = client.post(
        "/api/v3/pages/", data=body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {superuser_token}"
    )
    assert (response.status_code, response.json()["errors"]) == (
        422,
        [{"loc": ["body"], "msg": "Input should be a JSON object"}],
    )


@pytest.mark.parametrize(
    ("action", "body"), [("copy", {}), ("move", {"destination_id": 1}), ("publish", None), ("delete", None)]
)
def test_actions_on_the_tree_root_are_refused(client, content, superuser_token, action, body):
    root = content.tree.home.get_parent()
    response = client.generic(
        "DELETE" if action == "delete" else "POST",
        f"/api/v3/pages/{root.pk}/actions/{action}/",
        data=json.dumps(body) if body is not None else "",
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {superuser_token}",
    )
    assert (response.status_code, response.json()["detail"]) == (403, "The root of the page tree cannot be changed.")


def fail_article_queries(execute, sql, params, many, context):
    if "blog_blogpage" in sql:
        raise OperationalError("the database system is shutting down")
    return execute(sql, params, many, context)


def test_a_database_failure_while_building_a_page_is_unavailable(client, content):
    """Found by the soak test: with the database going away mid-request, v3 answered 400, then 500."""
    client.raise_request_exception = False
    with connection.execute_wrapper(fail_article_queries):
        response = client.get(f"/api/v3/pages/{content.entry.pk}/")
    assert (response.status_code, response["Retry-After"], response.json()["detail"]) == (
        503,
        "30",
        "The site is briefly unavailable: try again in a minute.",
    )
