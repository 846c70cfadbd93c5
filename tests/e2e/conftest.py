"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import os
from io import StringIO
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from django.contrib.auth.models import Group, User
from django.core.management import call_command

from tests.site_tree import build_site_tree

from .browser import new_tab
from .frontend_server import WEBHOOK_SECRET, missing_build, serving

CHROMIUM = "/usr/bin/chromium"
# Without the networking switches Chromium keeps calling home, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Two cores shared with the live server and PostgreSQL: give assertions time to come true.
expect.set_options(timeout=15_000)
# Playwright's sync API runs an event loop in the test's thread; Django's ORM refuses to run
# beside one unless told that this thread is not serving async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    """One browser per test: Playwright's sync API runs the test in a greenlet whose context
    has its own database connection objects, and Django's serialized rollback has to run
    outside it, before the browser starts and after it stops."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.call_failed = report.failed


@pytest.fixture
def page(browser, request):
    """A fresh browser tab; when the test fails, a screenshot of it lands in test-results/."""
    page = new_tab(browser)
    yield page
    if getattr(request.node, "call_failed", False):
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{request.node.name}.png", full_page=True)
    page.context.close()


@pytest.fixture
def site(live_server):
    return build_site_tree()


@pytest.fixture
def editor(site):
    user = User.objects.create_user("edith", "edith@example.com", "edith-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def frontend(live_server, settings, tmp_path):
    """The built Next.js front-end, reading this live server: the headless preview's client
    and the receiver of its webhook. Started for this test alone, so no page it cached in one
    test is served in another; tasks run at once in tests, so a publish reaches it before the
    publishing request ends."""
    if problem := missing_build():
        pytest.fail(problem)
    with serving(live_server.url, tmp_path) as url:
        settings.WAGTAILAPI_BASE_URL = live_server.url
        settings.WAGTAILADMIN_BASE_URL = live_server.url  # where the preview's user bar loads from
        settings.WAGTAIL_HEADLESS_PREVIEW = {
            **settings.WAGTAIL_HEADLESS_PREVIEW,
            "CLIENT_URLS": {"default": f"{url}/api/draft/"},
        }
        call_command(
            "connect_frontend", revalidate_url=f"{url}/api/revalidate/", secret=WEBHOOK_SECRET, stdout=StringIO()
        )
        yield url
