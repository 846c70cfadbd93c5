"""An editor builds a glossary entry in the Wagtail admin: it starts with its three glossary blocks."""

import re

from playwright.sync_api import expect

from wagtail.models import Revision

from glossary.models import GlossaryPage

from .browser import E2E, log_in
from .page_editor import StreamEditor, save_draft

pytestmark = E2E


def test_editor_creates_an_entry_with_definition_advantages_and_applications(page, live_server, site, editor):
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/add/glossary/glossarypage/{site.glossary.pk}/")
    page.fill("#id_title", "Webhook")
    page.fill("#id_summary", "An HTTP request one system sends another when something happens.")

    body = StreamEditor(page, "body")
    definition, advantages, applications = (body.children.nth(index) for index in range(3))
    expect(body.children).to_have_count(3)
    body.write(definition.locator("[data-contentpath=text]"), "A callback over HTTP.")
    advantages.locator("[data-contentpath=title] input").fill("No polling")
    body.write(advantages.locator("[data-contentpath=items] [data-contentpath=text]"), "Changes arrive at once.")
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


def test_the_block_picker_groups_the_glossary_blocks_first_and_previews_them(page, live_server, site, editor):
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/add/glossary/glossarypage/{site.glossary.pk}/")
    body = StreamEditor(page, "body")
    body.container.locator("button[title='Insert a block']").last.click()

    expect(page.locator(".w-combobox__optgroup-label")).to_have_text(["Glossary", "Content"])
    expect(page.locator(".w-combobox__option-text")).to_have_text(
        ["Definition", "Advantages", "Applications", "Conclusion", "Section", "Image", "Quote", "Code", "Callout"]
    )
    conclusion = page.locator(".w-combobox__option", has_text="Conclusion").locator("xpath=..")
    conclusion.locator(".w-combobox__option-preview").click()
    expect(page.locator(".w-combobox-preview__description")).to_have_text("The closing summary of the page.")
    preview = page.frame_locator(".w-combobox-preview__iframe")
    expect(preview.locator("main")).to_contain_text("The key points, gathered in a few sentences.")


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
