"""The Wagtail page editor driven as a person drives it."""

import re

from playwright.sync_api import expect


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


# Wagtail's editor takes what the form holds two seconds after it loads as "unchanged"; it
# announces that moment, and only edits made after it are autosaved. When an autosave succeeds,
# what the form holds becomes "unchanged" again (typed while it was on its way or not): <html>
# keeps the form's values from that moment.
WATCH_AUTOSAVE = """
document.addEventListener("w-unsaved:watch-edits", () => { document.documentElement.dataset.watchingEdits = ""; });
document.addEventListener("w-autosave:success", (event) => {
    document.documentElement.dataset.autosaved = [...new FormData(event.target).values()].join("\\n");
});
"""


def wait_until_autosaved(page, text):
    """Waits until autosave has caught up with `text` and is idle, as an editor waits for "Saved".

    An autosave still on its way when the editor saves or submits reaches the server after the
    editor has reloaded, as a newer version from "another window": the reloaded editor then
    pauses autosave ("Saving will overwrite a newer version.") or asks before submitting.
    Needs WATCH_AUTOSAVE added to the page before it loaded.
    """
    expect(page.locator("html")).to_have_attribute("data-autosaved", re.compile(re.escape(text)))
    expect(page.locator("#w-autosave-indicator")).to_have_attribute("data-w-autosave-state-value", "saved")
