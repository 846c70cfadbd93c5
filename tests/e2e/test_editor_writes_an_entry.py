"""An editor builds a glossary entry in the Wagtail admin with all three glossary blocks."""

import re

from playwright.sync_api import expect

from wagtail.models import Revision

from glossary.models import GlossaryPage

from .conftest import E2E, log_in

pytestmark = E2E


class StreamEditor:
    """Drives the page editor's StreamField the way a person does: menu, fields, rich text."""

    def __init__(self, page, field_name):
        self.page = page
        self.container = page.locator(f"#{field_name}-root > [data-streamfield-stream-container]")
        self.children = self.container.locator(":scope > [data-streamfield-child]")

    def add(self, label):
        count = self.children.count()
        self.container.locator("button[title='Insert a block']").last.click()
        self.page.get_by_role("option", name=label, exact=True).click()
        expect(self.children).to_have_count(count + 1)
        return self.children.last

    @staticmethod
    def write(field, text):
        """Types into a Draftail editor and waits until the form's hidden input holds it."""
        editor = field.locator("[contenteditable=true]")
        editor.click()
        editor.press_sequentially(text)
        expect(editor).to_have_text(text)
        expect(field.locator("input[type=hidden]").first).to_have_value(re.compile(re.escape(text)))


def save_draft(page):
    """Clicks "Save draft" once autosave has created the page, and waits for the editor's message.

    Wagtail 8 autosaves a new page within a second of the first change and moves the editor to
    its edit URL; a click while that first autosave is still creating the page can race it. The
    save reloads the editor: anything clicked before its message shows may be on the old page.
    """
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text(re.compile(r"Page '.+' (created|has been updated)"))


def test_editor_creates_an_entry_with_definition_advantages_and_applications(page, live_server, site, editor):
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/add/glossary/glossarypage/{site.glossary.pk}/")
    page.fill("#id_title", "Webhook")
    page.fill("#id_summary", "An HTTP request one system sends another when something happens.")

    body = StreamEditor(page, "body")
    definition = body.add("Definition")
    body.write(definition.locator("[data-contentpath=text]"), "A callback over HTTP.")
    advantages = body.add("Advantages")
    advantages.locator("[data-contentpath=title] input").fill("No polling")
    body.write(advantages.locator("[data-contentpath=items] [data-contentpath=text]"), "Changes arrive at once.")
    applications = body.add("Applications")
    applications.locator("[data-contentpath=domain] input").fill("Payments")
    body.write(applications.locator("[data-contentpath=items] [data-contentpath=text]"), "Charges are confirmed.")

    save_draft(page)
    expect(page.locator(".messages")).to_contain_text("Page 'Webhook'")

    draft = GlossaryPage.objects.get(slug="webhook").get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == ["definition", "advantages", "applications"]
    assert draft.body[0].value["text"].source.endswith(">A callback over HTTP.</p>")
    assert [item["title"] for item in draft.body[1].value["items"]] == ["No polling"]
    assert [item["domain"] for item in draft.body[2].value["items"]] == ["Payments"]
    assert draft.body[2].value["items"][0]["text"].source.endswith(">Charges are confirmed.</p>")
    assert draft.live is False


def test_editor_sees_a_clear_error_for_an_over_long_summary(page, live_server, site, editor):
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/add/glossary/glossarypage/{site.glossary.pk}/")
    page.fill("#id_title", "Too long")
    page.locator("#id_summary").evaluate("(el) => el.removeAttribute('maxlength')")
    page.fill("#id_summary", "x" * 301)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator("#panel-child-content-child-summary-errors")).to_have_text(
        re.compile(r"Ensure this value has at most 300 characters \(it has 301\)\.")
    )
    assert not Revision.objects.filter(content__summary="x" * 301).exists()
