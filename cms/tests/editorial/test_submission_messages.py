"""A refused submission says at the top that it was not submitted, and every reason why."""

import pytest

from django.contrib.auth.models import Group, User
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, rich_text

from cms.editorial.page_views import SUBMISSION_REFUSED
from cms.editorial.roles import EDITORS
from cms.tests.form_data import glossary_blocks_form_data, glossary_entry_form_data, list_block
from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory


@pytest.fixture
def editor(db):
    user = User.objects.create_user("edie", "edie@example.com", "pass")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def top_message(response):
    """The error message at the top of the editor: its sentence, then its list of reasons."""
    message = soup(response).select_one(".messages li.error")
    reasons = texts(message.select("ul.errorlist > li"))
    for extra in message.select("ul.errorlist, button"):
        extra.decompose()
    return " ".join(message.get_text(" ", strip=True).split()), reasons


def post_edit(client, page, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_every_reason_is_listed_field_errors_and_content_checks_alike(client, editor, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Cache", live=False)
    client.force_login(editor)
    blocks = [("section", {"heading": "Background", "text": rich_text("<p>Some text.</p>")})]
    data = glossary_entry_form_data("Cache", "cache", "x" * 301, blocks, **{"action-submit": "Submit"})

    response = post_edit(client, page, data)

    assert response.status_code == 200
    assert top_message(response) == (
        SUBMISSION_REFUSED,
        [
            "Summary: Ensure this value has at most 300 characters (it has 301).",
            "The entry needs a definition with some text.",
            "The entry needs an advantages block with at least one item.",
            "The entry needs an applications block with at least one item.",
        ],
    )
    assert WorkflowState.objects.count() == 0


def test_an_empty_required_block_field_is_named_by_its_place_in_the_body(client, editor, tree):
    blocks = glossary_blocks_form_data()
    blocks[2] = (
        "applications",
        {"heading": "Applications", "items": list_block([{"domain": "Payments", "text": rich_text("")}])},
    )
    client.force_login(editor)
    data = glossary_entry_form_data("Webhook", "webhook", "A summary.", blocks, **{"action-submit": "Submit"})

    response = client.post(reverse("wagtailadmin_pages:add", args=["glossary", "glossarypage", tree.glossary.pk]), data)

    assert top_message(response) == (
        SUBMISSION_REFUSED,
        ["Applications (block 3) › Items › item 1 › Text: This field is required."],
    )


def test_an_inline_panel_error_is_named_by_its_heading_and_item(client, editor, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Cache", live=False)
    client.force_login(editor)
    data = glossary_entry_form_data(
        "Cache",
        "cache",
        "A summary.",
        term_aliases=inline_formset([{"name": "x" * 121}]),
        **{"action-submit": "Submit"},
    )

    response = post_edit(client, page, data)

    assert top_message(response) == (
        SUBMISSION_REFUSED,
        ["Aliases › item 1 › Name: Ensure this value has at most 120 characters (it has 121)."],
    )


def test_saving_a_draft_keeps_wagtails_own_message(client, editor, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Cache", live=False)
    client.force_login(editor)

    response = post_edit(client, page, glossary_entry_form_data("Cache", "cache", "x" * 301))

    assert top_message(response) == ("The page could not be saved due to validation errors.", [])
