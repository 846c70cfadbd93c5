"""cms.settings.production refuses to start without its required variables, with a message
that names the missing one (each case in a fresh process, as a server would start)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
CHECK_DEPLOY = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]


def required_environment():
    return {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "glossary.example.com",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "WAGTAILADMIN_BASE_URL": "https://glossary.example.com",
        "WAGTAILAPI_BASE_URL": "https://glossary.example.com",
        "HEADLESS_CLIENT_URLS": "https://www.example.com/",
    }


def check_deploy(environment):
    return subprocess.run(CHECK_DEPLOY, cwd=PROJECT, env=environment, capture_output=True, text=True, check=False)  # noqa: S603


def test_check_deploy_passes_with_the_required_variables_alone():
    result = check_deploy(required_environment())
    assert "System check identified some issues" not in result.stderr
    assert (result.returncode, result.stdout) == (0, "System check identified no issues (0 silenced).\n")


@pytest.mark.parametrize(
    "name",
    [
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "WAGTAILADMIN_BASE_URL",
        "WAGTAILAPI_BASE_URL",
        "HEADLESS_CLIENT_URLS",
    ],
)
@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_start_up_stops_without_a_required_variable(name, value):
    environment = required_environment()
    if value is None:
        del environment[name]
    else:
        environment[name] = value
    result = check_deploy(environment)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == (
        f"django.core.exceptions.ImproperlyConfigured: Set the {name} environment variable."
    )


def test_a_short_secret_key_fails_the_deploy_check():
    result = check_deploy({**required_environment(), "SECRET_KEY": "too-short"})
    assert result.returncode == 1
    assert "(security.W009) Your SECRET_KEY has less than 50 characters" in result.stderr


@pytest.mark.parametrize(
    ("name", "value", "url"),
    [
        ("WAGTAILADMIN_BASE_URL", "glossary.example.com", "glossary.example.com"),
        ("WAGTAILAPI_BASE_URL", "ftp://glossary.example.com", "ftp://glossary.example.com"),
        ("HEADLESS_CLIENT_URLS", "default=https://www.example.com/,blog.example.com=/blog/", "/blog/"),
    ],
)
def test_start_up_stops_when_a_public_url_is_not_absolute(name, value, url):
    result = check_deploy({**required_environment(), name: value})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == (
        f"django.core.exceptions.ImproperlyConfigured: {name} must be an absolute http(s) URL, not {url!r}."
    )
