"""The project as a whole: system checks, migrations in step with models, error pages."""

from io import StringIO

import pytest

from django.core.management import call_command
from django.db import InterfaceError, OperationalError

from cms.tests.html import soup, texts
from glossary.models import GlossaryIndexPage


def test_system_checks_pass():
    out = StringIO()
    call_command("check", "--fail-level", "WARNING", stdout=out)
    assert out.getvalue() == "System check identified no issues (0 silenced).\n"


@pytest.mark.django_db
def test_migrations_match_the_models():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert out.getvalue() == "No changes detected\n"


def test_unknown_url_shows_the_custom_404_page(client, tree):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = soup(response)
    assert texts(html.select("h1")) == ["Page not found"]
    assert {a["href"] for a in html.select("main a")} >= {"/", "/glossary/"}


def test_server_error_shows_the_custom_500_page(client, tree, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(GlossaryIndexPage, "get_context", fail)
    client.raise_request_exception = False
    response = client.get("/glossary/")
    assert response.status_code == 500
    html = soup(response)
    assert (texts(html.select("title")), texts(html.select("h1"))) == (
        ["Something went wrong | Software Glossary"],
        ["Something went wrong"],
    )
    # The Content-Security-Policy allows no inline style: the page is styled by the site's stylesheet.
    assert (html.select("style"), [link["href"] for link in html.select("link[rel=stylesheet]")]) == (
        [],
        ["/static/css/site.css"],
    )


@pytest.mark.parametrize("error", [OperationalError("server closed the connection"), InterfaceError("closed")])
def test_a_database_error_shows_the_503_page(client, tree, monkeypatch, error):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(GlossaryIndexPage, "get_context", fail)
    client.raise_request_exception = False
    response = client.get("/glossary/")
    assert (response.status_code, response["Retry-After"], response["Cache-Control"]) == (503, "30", "no-store")
    assert texts(soup(response).select("h1")) == ["Briefly unavailable"]
