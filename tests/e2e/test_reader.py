"""A reader moves around a glossary entry with the keyboard and the page's own links."""

from playwright.sync_api import expect

from glossary.factories import GlossaryPageFactory

from .browser import E2E

pytestmark = E2E


def test_skip_link_is_first_and_jumps_to_the_main_content(page, live_server, site):
    GlossaryPageFactory(parent=site.glossary, title="API")
    page.goto(f"{live_server.url}/glossary/api/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Skip to main content")
    expect(skip).to_be_visible()
    skip.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/glossary/api/#main")
    expect(page.locator("main")).to_be_focused()


def test_letter_navigation_filters_the_glossary(page, live_server, site):
    for title in ("API", "Backend", "Cache"):
        GlossaryPageFactory(parent=site.glossary, title=title)
    page.goto(f"{live_server.url}/glossary/")
    page.get_by_role("link", name="B", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/glossary/?letter=b")
    expect(page.locator(".term-list__title")).to_have_text(["Backend"])
    page.get_by_role("link", name="Show all").click()
    expect(page.locator(".term-list__title")).to_have_text(["API", "Backend", "Cache"])


def test_back_to_top_returns_to_the_top_of_a_long_entry(page, live_server, site):
    GlossaryPageFactory(parent=site.glossary, title="Long")
    page.set_viewport_size({"width": 400, "height": 500})
    page.goto(f"{live_server.url}/glossary/long/")
    page.get_by_role("link", name="Back to top").scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 0
    page.get_by_role("link", name="Back to top").click()
    # A function, not an expression: Playwright evaluates an expression with eval, which the CSP forbids.
    page.wait_for_function("() => window.scrollY === 0")
