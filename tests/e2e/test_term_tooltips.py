"""A reader dismisses a glossary term's tooltip with Escape, from the keyboard or under the pointer."""

import pytest
from playwright.sync_api import expect

from glossary.factories import GlossaryPageFactory, glossary_body

from .browser import E2E

pytestmark = E2E

SUMMARY = "Keeps answers close to whoever asks for them."


@pytest.fixture
def entry(site):
    GlossaryPageFactory(parent=site.glossary, title="Cache", slug="cache", summary=SUMMARY)
    body = glossary_body("API")
    body[0]["value"]["text"] = "<p>An API often answers from a cache.</p>"
    return GlossaryPageFactory(parent=site.glossary, title="API", slug="api", body=body)


def test_escape_hides_the_tooltip_of_the_focused_term_until_focus_comes_back(page, live_server, entry):
    page.goto(f"{live_server.url}/glossary/api/")
    link = page.get_by_role("link", name="cache", exact=True)
    tip = page.get_by_role("tooltip")
    expect(link).to_have_accessible_description(SUMMARY)

    link.focus()
    expect(tip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(link).to_be_focused()

    page.keyboard.press("Tab")
    expect(link).not_to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(link).to_be_focused()
    expect(tip).to_be_visible()


def test_escape_hides_the_tooltip_under_the_pointer_until_the_pointer_comes_back(page, live_server, entry):
    page.goto(f"{live_server.url}/glossary/api/")
    link = page.get_by_role("link", name="cache", exact=True)
    tip = page.get_by_role("tooltip")

    link.hover()
    expect(tip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    link.hover(position={"x": 2, "y": 2})  # the pointer moves, but stays on the term
    expect(tip).to_be_hidden()

    page.locator("h1").hover()
    link.hover()
    expect(tip).to_be_visible()
