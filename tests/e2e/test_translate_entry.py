"""An editor translates an English entry into German in wagtail-localize's editor and submits
it; a reviewer approves; readers find the German entry at /de/."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, User

from cms.editorial.roles import REVIEWERS
from glossary.factories import GlossaryPageFactory
from tests.site_tree import build_german_tree

from .browser import E2E, log_in, new_tab

pytestmark = E2E


@pytest.fixture
def entry(site):
    build_german_tree(site)
    return GlossaryPageFactory(parent=site.glossary, title="Cache", slug="cache")


def translate_title(page, german_title):
    """Translates the first segment, the title, in the translation editor, as an editor does."""
    page.get_by_role("button", name="Translate", exact=True).first.click()
    page.locator("textarea:focus").fill(german_title)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text(german_title, exact=True)).to_be_visible()
    expect(page.get_by_text("Saving...")).to_have_count(0)


def test_editor_translates_reviewer_approves_reader_reads_german(browser, page, live_server, editor, entry):
    User.objects.create_user("rex", "rex@example.com", "rex-password").groups.add(Group.objects.get(name=REVIEWERS))
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/{entry.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("Deutsch").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".translation-review")).to_contain_text("submit the translation for review")

    translate_title(page, "Zwischenspeicher")
    page.get_by_role("button", name="Submit to Editorial review").click()
    expect(page.locator(".messages")).to_contain_text("has been submitted for moderation.")
    expect(page.locator(".translation-review")).to_contain_text("In review: Review by a second person.")

    reader = new_tab(browser)
    assert reader.goto(f"{live_server.url}/de/glossary/cache/").status == 404

    reviewer = new_tab(browser)
    log_in(reviewer, live_server, "rex", "rex-password")
    panel = reviewer.locator("#awaiting-review-section")
    expect(panel).to_contain_text("Zwischenspeicher")
    panel.get_by_role("button", name="Actions").click()
    panel.get_by_role("button", name="Approve", exact=True).click()
    expect(panel).to_have_count(0)

    reader.goto(f"{live_server.url}/de/glossary/cache/")
    expect(reader.locator("h1")).to_have_text("Zwischenspeicher")
    expect(reader.locator("html")).to_have_attribute("lang", "de")
