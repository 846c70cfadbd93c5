"""Wagtail's user bar for the front-end's preview (/api/userbar/): the same for everyone, never stored."""

import re

import pytest
from bs4 import BeautifulSoup

from cms.tests.html import soup, texts

BASE = "https://cms.example.com"


@pytest.fixture(autouse=True)
def admin_base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


def userbar_of(response):
    """The user bar's markup, which Wagtail's script copies out of its <template> into the page."""
    return BeautifulSoup(
        soup(response).select_one("template#wagtail-userbar-template").decode_contents(), "html.parser"
    )


def test_it_holds_the_admin_link_and_the_accessibility_checker_only(client, db):
    response = client.get("/api/userbar/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    menu = userbar_of(response).select_one("#wagtail-userbar-items")
    assert texts(menu.select("[role=menuitem]")) == ["Go to Wagtail admin", "Issues found Checks"]
    assert [item.name for item in menu.select("[role=menuitem]")] == ["a", "button"]
    assert menu.select_one("a[role=menuitem]")["href"] == f"{BASE}/admin/"
    assert menu.select_one("button[role=menuitem]")["id"] == "checker-trigger"


def test_every_url_in_it_is_on_the_admin_s_host(client, db):
    response = client.get("/api/userbar/")
    userbar, page = userbar_of(response), soup(response)

    elements = [*userbar.select("link, a[href]"), *page.select("script[src]")]
    urls = [element.get("href") or element.get("src") for element in elements]
    assert [re.sub(r"\?v=\w+$", "", url) for url in urls] == [
        f"{BASE}/static/wagtailadmin/css/core.css",
        f"{BASE}/admin/",
        f"{BASE}/static/wagtailadmin/js/vendor.js",
        f"{BASE}/static/wagtailadmin/js/userbar.js",
    ]
    assert userbar.select_one("[data-wagtail-userbar]")["data-wagtail-userbar-origin"] == BASE


def test_a_signed_in_editor_gets_exactly_what_anyone_gets(client, admin_client):
    anyone = client.get("/api/userbar/")
    admin = admin_client.get("/api/userbar/")

    assert admin.content == anyone.content
    assert admin["Cache-Control"] == "private, no-store"
    assert not admin.cookies


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_only_answers_reads(client, db, method):
    assert getattr(client, method)("/api/userbar/").status_code == 405
