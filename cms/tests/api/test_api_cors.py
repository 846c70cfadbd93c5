"""Browsers on the front-ends listed in CORS_ALLOWED_ORIGINS may read the API; others may not."""

import pytest


@pytest.fixture(autouse=True)
def allowed_origin(settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.example.com"]


def test_an_allowed_origin_may_read_the_api(client, content):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://www.example.com")
    assert response["Access-Control-Allow-Origin"] == "https://www.example.com"


def test_a_preflight_for_a_token_request_is_answered(client, content):
    response = client.options(
        "/api/v3/pages/",
        HTTP_ORIGIN="https://www.example.com",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="PATCH",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://www.example.com"
    assert response["Access-Control-Allow-Headers"] == "accept, authorization, content-type"


def test_another_origin_gets_no_cors_headers(client, content):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in response


def test_pages_outside_the_api_get_no_cors_headers(client, content):
    response = client.get("/glossary/", HTTP_ORIGIN="https://www.example.com")
    assert "Access-Control-Allow-Origin" not in response
