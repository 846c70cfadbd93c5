"""Security headers on readers' pages, API answers and the admin."""

import pytest

SITE_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
ADMIN_POLICY = {
    **SITE_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "frame-src": ["'self'", "https://front.example.com"],
    "connect-src": ["'self'", "https://releases.wagtail.org"],
}
OTHER_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = [part.split() for part in response["Content-Security-Policy"].split(";")]
    return {name: sources for name, *sources in directives}


def other_headers(response):
    return {name: response.get(name) for name in OTHER_HEADERS}


@pytest.mark.parametrize("url", ["/glossary/backend-software-development/", "/blog/why-backends-matter/"])
def test_pages_carry_the_site_policy(client, content, url):
    response = client.get(url)
    assert response.status_code == 200
    assert policy(response) == SITE_POLICY
    assert other_headers(response) == OTHER_HEADERS


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v3/pages/", "/api/v3/docs/"])
def test_the_api_carries_the_site_policy(client, content, url):
    response = client.get(url)
    assert response.status_code == 200
    assert policy(response) == SITE_POLICY
    assert other_headers(response) == OTHER_HEADERS


def test_the_admin_allows_inline_scripts_and_frames_the_headless_front_end(client, settings, admin_user):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        **settings.WAGTAIL_HEADLESS_PREVIEW,
        "CLIENT_URLS": {"default": "https://front.example.com/", "other.example.com": "https://front.example.com/b/"},
    }
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY
    assert other_headers(response) == OTHER_HEADERS


def test_a_cached_page_keeps_its_policy(client, content, settings):
    settings.PAGE_CACHE_SECONDS = 60
    client.get("/glossary/backend-software-development/")
    response = client.get("/glossary/backend-software-development/")
    assert response["X-Cache"] == "HIT"
    assert policy(response) == SITE_POLICY
