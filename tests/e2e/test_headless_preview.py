"""An editor previews a draft in the front-end's draft mode, with Wagtail's user bar; readers
still see the live page, and the preview's address shows them nothing."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from glossary.factories import GlossaryPageFactory, glossary_body
from tests.site_tree import translate

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


def open_preview_in_new_tab(page):
    page.get_by_role("button", name="Toggle preview").click()
    page.locator("#id_preview_mode").select_option("frontend")
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Preview in new tab").click()
    return opened.value


def test_an_editors_draft_shows_in_draft_mode_and_not_to_readers(page, browser, live_server, frontend, editor, entry):
    log_in(page, live_server, "edith", "edith-password")
    page.goto(f"{live_server.url}/admin/pages/{entry.pk}/edit/")
    replace_definition(page, DRAFT)

    preview = open_preview_in_new_tab(page)
    preview_url = re.compile(re.escape(frontend) + r"/preview/\?content_type=glossary\.glossarypage&token=[^&]+$")
    expect(preview).to_have_url(preview_url)
    expect(preview.get_by_role("status").first).to_have_text("Preview of an unpublished draft")
    expect(preview.locator("h1")).to_have_text("Cache")
    expect(preview.locator(".block-definition")).to_contain_text(DRAFT)
    preview.get_by_role("button", name="View Wagtail quick actions").click()
    expect(preview.get_by_role("menuitem", name=re.compile(r"^Issues found"))).to_be_visible()

    draft_address = preview.url

    reader = new_tab(browser)
    reader.goto(f"{frontend}/glossary/cache/")
    expect(reader.locator(".block-definition")).to_contain_text(LIVE)
    expect(reader.locator("main")).not_to_contain_text(DRAFT)
    assert reader.goto(draft_address).status == 404
    expect(reader.locator("main")).not_to_contain_text(DRAFT)

    preview.get_by_role("link", name="Exit preview").click()
    expect(preview).to_have_url(f"{frontend}/glossary/cache/")
    expect(preview.locator(".block-definition")).to_contain_text(LIVE)
    assert preview.goto(draft_address).status == 404


def test_a_refused_token_shows_the_cms_reason(page, frontend, site):
    response = page.goto(f"{frontend}/api/draft/?content_type=glossary.glossarypage&token=forged")
    assert response.status == 400
    expect(page.locator("h1")).to_have_text("Preview unavailable")
    expect(page.locator(".error")).to_have_text("The preview token is not valid.")


def test_a_german_draft_shows_on_the_german_preview_page(page, frontend, site, entry):
    translate(site.home)
    translate(site.glossary)
    draft = translate(entry, publish=False, title="Zwischenspeicher")
    query = urlencode({"content_type": draft.get_content_type_str(), "token": draft.create_page_preview().token})

    page.goto(f"{frontend}/api/draft/?{query}")

    german_preview = re.escape(frontend) + r"/de/preview/\?content_type=glossary\.glossarypage&token=[^&]+$"
    expect(page).to_have_url(re.compile(german_preview))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("status").first).to_have_text("Vorschau eines unveröffentlichten Entwurfs")
    expect(page.locator("h1")).to_have_text("Zwischenspeicher")
    page.get_by_role("link", name="Vorschau beenden").click()
    expect(page).to_have_url(f"{frontend}/de/glossary/cache/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
