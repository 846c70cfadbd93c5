"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from django.contrib.auth.models import Group, User

from conftest import build_site_tree
from frontend.server import serving

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


def new_tab(browser):
    """A tab in a fresh browser context (its own cookies), patient enough for a busy machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    context.set_default_navigation_timeout(30_000)
    return context.new_page()


@pytest.fixture
def page(browser, request):
    """A fresh browser tab; when the test fails, a screenshot of it lands in test-results/."""
    page = new_tab(browser)
    yield page
    if getattr(request.node, "call_failed", False):
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{request.node.name}.png", full_page=True)
    page.context.close()


# Browser tests share the database with the live server's thread, so they commit. Serialized
# rollback puts back what migrations created (the locale, groups and workflow) after each
# one, which the flush at the end of a committing test removes. Every module uses it.
E2E = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def site(live_server):
    return build_site_tree()


@pytest.fixture
def editor(site):
    user = User.objects.create_user("edith", "edith@example.com", "edith-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/admin/")


# Wagtail's editor takes what the form holds two seconds after it loads as "unchanged"; it
# announces that moment, and only edits made after it are autosaved. When an autosave succeeds,
# what the form holds becomes "unchanged" again (typed while it was on its way or not): <html>
# keeps the form's values from that moment.
WATCH_AUTOSAVE = """
document.addEventListener("w-unsaved:watch-edits", () => { document.documentElement.dataset.watchingEdits = ""; });
document.addEventListener("w-autosave:success", (event) => {
    document.documentElement.dataset.autosaved = [...new FormData(event.target).values()].join("\\n");
});
"""


def wait_until_autosaved(page, text):
    """Waits until autosave has caught up with `text` and is idle, as an editor waits for "Saved".

    An autosave still on its way when the editor saves or submits reaches the server after the
    editor has reloaded, as a newer version from "another window": the reloaded editor then
    pauses autosave ("Saving will overwrite a newer version.") or asks before submitting.
    Needs WATCH_AUTOSAVE added to the page before it loaded.
    """
    expect(page.locator("html")).to_have_attribute("data-autosaved", re.compile(re.escape(text)))
    expect(page.locator("#w-autosave-indicator")).to_have_attribute("data-w-autosave-state-value", "saved")


@pytest.fixture
def frontend(live_server, settings):
    """The reference front-end, reading this live server, as the headless preview's client."""
    with serving(live_server.url) as url:
        settings.WAGTAILAPI_BASE_URL = live_server.url
        settings.WAGTAIL_HEADLESS_PREVIEW = {**settings.WAGTAIL_HEADLESS_PREVIEW, "CLIENT_URLS": {"default": url}}
        yield url
