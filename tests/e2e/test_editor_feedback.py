"""What the editor sees while writing: a live character count, and why a submission was refused."""

import re

from playwright.sync_api import expect

from cms.editorial.page_views import SUBMISSION_REFUSED
from glossary.models import GlossaryPage

from .browser import E2E, log_in
from .page_editor import WATCH_AUTOSAVE, StreamEditor, wait_until_autosaved

pytestmark = E2E

SUMMARY = "An HTTP request one system sends another when something happens."


def start_entry(page, live_server, glossary):
    """A new entry with a title and a summary, once autosave has created it."""
    page.add_init_script(WATCH_AUTOSAVE)
    page.goto(f"{live_server.url}/admin/pages/add/glossary/glossarypage/{glossary.pk}/")
    expect(page.locator("html[data-watching-edits]")).to_have_count(1)
    page.fill("#id_title", "Webhook")
    page.fill("#id_summary", SUMMARY)
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))


def test_the_summary_counts_characters_and_is_not_cut_at_its_limit(page, live_server, site, editor):
    log_in(page, live_server, "edith", "edith-password")
    start_entry(page, live_server, site.glossary)
    count = page.locator("#id_summary-count")
    expect(count).to_have_text(f"{len(SUMMARY)} / 300 characters")

    too_long = "A webhook sends an event " * 13  # 325 characters, 324 without the last space
    page.locator("#id_summary").fill(too_long)

    expect(page.locator("#id_summary")).to_have_value(too_long)
    expect(count).to_have_text("324 / 300 characters: 24 too many")
    expect(count).to_have_class(re.compile(r"\bw-text-text-error\b"))

    page.get_by_role("button", name="Save draft").click()
    expect(page.locator("#panel-child-content-child-summary-errors")).to_have_text(
        "Ensure this value has at most 300 characters (it has 324)."
    )
    expect(page.locator("#id_summary")).to_have_value(too_long)
    expect(count).to_have_text("324 / 300 characters: 24 too many")


def test_a_refused_submission_lists_its_reasons_and_the_draft_is_saved(page, live_server, site, editor):
    log_in(page, live_server, "edith", "edith-password")
    start_entry(page, live_server, site.glossary)
    body = StreamEditor(page, "body")
    definition, advantages, applications = (body.children.nth(index) for index in range(3))
    for block in (applications, advantages):
        block.locator("[data-streamfield-action=DELETE]").first.click()
        expect(block).to_be_hidden()
    body.write(definition.locator("[data-contentpath=text]"), "A callback over HTTP.")
    wait_until_autosaved(page, "A callback over HTTP.")

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Editorial review").click()

    message = page.locator(".messages li.error")
    expect(message).to_contain_text(str(SUBMISSION_REFUSED))
    expect(message.locator("ul.errorlist > li")).to_have_text(
        [
            "The entry needs an advantages block with at least one item.",
            "The entry needs an applications block with at least one item.",
        ]
    )
    expect(page.locator("#w-autosave-indicator")).to_have_attribute("data-w-autosave-state-value", "saved")
    draft = GlossaryPage.objects.get(slug="webhook").get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == ["definition"]
    assert draft.body[0].value["text"].source.endswith(">A callback over HTTP.</p>")
