"""What every browser test uses: the database marker, a fresh tab, an editor's login."""

import pytest
from playwright.sync_api import expect

# Browser tests share the database with the live server's thread, so they commit. Serialized
# rollback puts back what migrations created (the locale, groups and workflow) after each
# one, which the flush at the end of a committing test removes. Every module uses it.
E2E = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def new_tab(browser):
    """A tab in a fresh browser context (its own cookies), patient enough for a busy machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    context.set_default_navigation_timeout(30_000)
    return context.new_page()


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/admin/")
