"""Every screen readers, editors and API users open works under the Content-Security-Policy:
the browser reports no violation and logs no "Refused to ..." message."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import User

from wagtail_factories import ImageFactory

from glossary.factories import GlossaryPageFactory

from .browser import E2E, log_in

pytestmark = E2E

# Runs in every frame before the page's own scripts: a violation the page does not log itself
# (a blocked inline style, say) still reaches the console.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


@pytest.fixture
def violations(page):
    """Console messages about the policy, from every frame of the tab."""
    messages = []
    page.context.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            messages.append(message.text) if message.text.startswith(("CSP violation", "Refused to")) else None
        ),
    )
    return messages


@pytest.fixture
def entry(site):
    return GlossaryPageFactory(parent=site.glossary, title="Cache", slug="cache")


@pytest.fixture
def admin_user(site):
    return User.objects.create_superuser("ada", "ada@example.com", "ada-password")


def test_a_reader_sees_a_glossary_entry(page, violations, live_server, entry):
    page.goto(f"{live_server.url}/glossary/cache/")
    expect(page.locator("h1")).to_have_text("Cache")
    page.get_by_role("link", name="Back to top").click()
    assert violations == []


def test_an_editor_uses_the_dashboard_the_preview_panel_and_the_image_chooser(
    page, violations, live_server, frontend, admin_user, entry
):
    ImageFactory(title="Server room")
    log_in(page, live_server, "ada", "ada-password")
    expect(page.locator("h1")).to_have_text("Software Glossary")

    page.goto(f"{live_server.url}/admin/pages/{entry.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Cache")
    page.locator("#id_preview_mode").select_option("frontend")
    expect(preview.get_by_role("status")).to_have_text("Preview of an unpublished draft")
    page.get_by_role("button", name="Toggle preview").click()

    page.get_by_role("tab", name="Promote").click()
    page.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("link", name="Server room")).to_be_visible()
    assert violations == []


def test_an_api_user_reads_the_v3_docs(page, violations, live_server, site):
    page.goto(f"{live_server.url}/api/v3/docs/")
    expect(page.locator(".opblock").first).to_be_visible()
    page.locator(".opblock-summary").first.click()
    expect(page.get_by_role("button", name="Try it out").first).to_be_visible()
    assert violations == []
