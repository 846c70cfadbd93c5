"""Editor imports a CSV through the admin and submits it, reviewer approves it all, reader reads."""

import re

from playwright.sync_api import expect

from django.contrib.auth.models import Group, User

from cms.editorial.roles import REVIEWERS

from .browser import E2E, log_in, new_tab

pytestmark = E2E

TERMS = (
    "title,slug,summary,definition,advantages,applications\r\n"
    "Webhook,webhook,An HTTP request one system sends another.,A callback over HTTP.,"
    '"No polling: Changes arrive at once.\nLoose coupling: Systems stay apart.",Payments: Charges are confirmed.\r\n'
)


def test_editor_imports_and_submits_reviewer_approves_all_reader_reads(
    browser, page, live_server, site, editor, tmp_path
):
    User.objects.create_user("rex", "rex@example.com", "rex-password").groups.add(Group.objects.get(name=REVIEWERS))
    terms = tmp_path / "terms.csv"
    terms.write_text(TERMS, encoding="utf-8")

    log_in(page, live_server, "edith", "edith-password")
    page.get_by_role("link", name="Import terms").click()
    page.locator("input[type=file][name=file]").set_input_files(terms)
    page.get_by_role("button", name="Upload and show the dry run").click()
    expect(page.locator("table.glossary-import-rows tbody tr")).to_have_text(
        [re.compile(r"^\s*2\s+webhook\s+Webhook\s+created\s*$")]
    )
    expect(page.get_by_label("Submit the entries for review")).to_be_checked()
    expect(page.get_by_label("Publish directly")).to_have_count(0)
    page.get_by_role("button", name="Import 1 entry").click()
    expect(page.locator("main")).to_contain_text("Wrote 1 entry, 1 submitted for review.")

    reviewer = new_tab(browser)
    log_in(reviewer, live_server, "rex", "rex-password")
    reviewer.get_by_role("link", name="Import terms").click()
    reviewer.get_by_role("link", name="terms.csv").click()
    reviewer.get_by_role("button", name="Approve all 1 submission").click()
    expect(reviewer.locator(".glossary-import-approval")).to_contain_text("rex approved 1 submission")
    expect(reviewer.get_by_role("button", name="Approve all 1 submission")).to_have_count(0)

    reader = new_tab(browser)
    reader.goto(f"{live_server.url}/glossary/webhook/")
    expect(reader.locator("article .article__body h2")).to_have_text(["What is Webhook?", "Advantages", "Applications"])
    expect(reader.locator(".block-advantages h3")).to_have_text(["No polling", "Loose coupling"])
