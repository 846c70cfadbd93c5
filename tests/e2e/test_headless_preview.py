"""An editor previews a draft in the decoupled front-end while readers still see the live page."""

import json
import re
from urllib.request import urlopen

import pytest
from playwright.sync_api import expect

from glossary.factories import GlossaryPageFactory, glossary_body

from .browser import E2E, log_in, new_tab

pytestmark = E2E

LIVE = "Live words about caches."
DRAFT = "Draft words nobody else may read."


@pytest.fixture
def entry(site):
    body = glossary_body("Cache")
    body[0]["value"]["text"] = f"<p>{LIVE}</p>"
    return GlossaryPageFactory(parent=site.glossary, title="Cache", slug="cache", body=body)


def replace_definition(page, text):
    """Types over the definition and waits until the form's hidden input holds it, which is
    what the preview posts."""
    field = page.locator("#body-root [data-contentpath=text]").first
    definition = field.locator("[contenteditable=true]")
    definition.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    expect(definition).to_have_text(text)
    expect(field.locator("input[type=hidden]").first).to_have_value(re.compile(re.escape(text)))


def test_editor_previews_a_draft_in_the_front_end(page, browser, live_server, frontend, editor, entry):
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/{entry.pk}/edit/")
    replace_definition(page, DRAFT)

    page.get_by_role("button", name="Toggle preview").click()
    page.locator("#id_preview_mode").select_option("frontend")
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Preview in new tab").click()
    preview = opened.value
    expect(preview).to_have_url(re.compile(re.escape(frontend) + r"/\?content_type=glossary\.glossarypage&token="))

    expect(preview.get_by_role("status")).to_have_text("Preview of an unpublished draft")
    expect(preview.locator("h1")).to_have_text("Cache")
    expect(preview.locator(".block--definition")).to_contain_text(DRAFT)

    reader = new_tab(browser)
    reader.goto(f"{frontend}/glossary/cache/")
    expect(reader.locator(".block--definition")).to_contain_text(LIVE)
    reader.goto(f"{live_server.url}/glossary/cache/")
    expect(reader.locator("main")).to_contain_text(LIVE)
    expect(reader.locator("main")).not_to_contain_text(DRAFT)
    with urlopen(f"{live_server.url}/api/v2/pages/{entry.pk}/") as response:  # noqa: S310 (the test's server)
        assert json.load(response)["body"][0]["value"]["text"] == f"<p>{LIVE}</p>"
