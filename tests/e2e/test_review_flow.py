"""Editor writes and submits, reviewer approves from the dashboard, reader sees the entry."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, User

from cms.editorial.roles import REVIEWERS
from glossary.models import GlossaryPage

from .browser import E2E, log_in, new_tab
from .page_editor import WATCH_AUTOSAVE, StreamEditor, save_draft, wait_until_autosaved

pytestmark = E2E


def write_entry(page, live_server, glossary):
    page.add_init_script(WATCH_AUTOSAVE)
    page.goto(f"{live_server.url}/admin/pages/add/glossary/glossarypage/{glossary.pk}/")
    page.fill("#id_title", "Webhook")
    page.fill("#id_summary", "An HTTP request one system sends another when something happens.")
    body = StreamEditor(page, "body")
    definition, advantages, applications = (body.children.nth(index) for index in range(3))
    body.write(definition.locator("[data-contentpath=text]"), "A callback over HTTP.")
    for block, field, entries in (
        (advantages, "title", [("No polling", "Changes arrive at once."), ("Loose coupling", "Systems stay apart.")]),
        (applications, "domain", [("Payments", "Charges are confirmed."), ("CI/CD", "Pushes start builds.")]),
    ):
        items = block.locator("[data-contentpath=items]")
        items.locator("button.c-sf-add-button[title=Add]").last.click()
        expect(items.locator(f"[data-contentpath={field}] input")).to_have_count(2)
        for index, (heading, text) in enumerate(entries):
            items.locator(f"[data-contentpath={field}] input").nth(index).fill(heading)
            body.write(items.locator("[data-contentpath=text]").nth(index), text)
    wait_until_autosaved(page, "Pushes start builds.")


def submit_for_review(page):
    page.get_by_role("button", name="More actions").click()
    submit = page.get_by_role("button", name="Submit to Editorial review")
    submit.click()
    expect(page.locator(".messages")).to_contain_text("Page 'Webhook' has been submitted for moderation.")


@pytest.fixture
def awaiting_review(browser, page, live_server, site, editor):
    """The editor has written and submitted an entry; a reviewer's dashboard lists it."""
    User.objects.create_user("rex", "rex@example.com", "rex-password").groups.add(Group.objects.get(name=REVIEWERS))
    log_in(page, live_server, "edith", "edith-password")
    write_entry(page, live_server, site.glossary)
    save_draft(page)
    submit_for_review(page)

    reviewer = new_tab(browser)
    log_in(reviewer, live_server, "rex", "rex-password")
    panel = reviewer.locator("#awaiting-review-section")
    expect(panel).to_contain_text("Webhook")
    panel.get_by_role("button", name="Actions").click()
    return panel


def test_editor_submits_reviewer_approves_reader_reads(browser, live_server, awaiting_review):
    awaiting_review.get_by_role("button", name="Approve", exact=True).click()
    expect(awaiting_review).to_have_count(0)  # back on the dashboard, with nothing left to review

    reader = new_tab(browser)
    reader.goto(f"{live_server.url}/glossary/webhook/")
    expect(reader.locator("article .article__body h2")).to_have_text(["What is Webhook?", "Advantages", "Applications"])
    expect(reader.locator(".block-advantages h3")).to_have_text(["No polling", "Loose coupling"])
    expect(reader.locator(".block-applications h3")).to_have_text(["Payments", "CI/CD"])


def test_reviewer_requests_changes_and_the_editor_sees_the_comment(page, live_server, awaiting_review):
    awaiting_review.get_by_role("button", name="Request changes").click()
    reviewer = awaiting_review.page
    reviewer.locator("textarea[name=comment]").fill("Please add an example payload.")
    reviewer.get_by_role("button", name="Request changes").last.click()
    expect(awaiting_review).to_have_count(0)

    entry = GlossaryPage.objects.get(slug="webhook")
    page.goto(f"{live_server.url}/admin/pages/{entry.pk}/workflow_history/")
    page.get_by_role("link", name="Editorial review").first.click()
    expect(page.get_by_role("tabpanel", name="Tasks").get_by_text("Please add an example payload.")).to_be_visible()
