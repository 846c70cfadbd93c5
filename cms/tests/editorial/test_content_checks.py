"""The workflow's automated checks: a draft with problems never reaches a reviewer."""

import pytest

from django.contrib.auth.models import Group, User
from django.urls import reverse

from wagtail import blocks
from wagtail.models import Task, Workflow, WorkflowState
from wagtail.test.utils.form_data import rich_text
from wagtail_factories import ImageFactory

from cms.editorial.content_checks import page_problems, skipped_heading_levels
from cms.editorial.roles import EDITORS, WORKFLOW_NAME
from cms.tests.form_data import glossary_blocks_form_data, glossary_entry_form_data, list_block
from glossary.factories import GlossaryPageFactory, glossary_body


@pytest.fixture
def editor(db):
    user = User.objects.create_user("edie", "edie@example.com", "pass")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def submit_new_entry(client, user, parent, blocks, summary="A summary."):
    client.force_login(user)
    data = glossary_entry_form_data("Webhook", "webhook", summary, blocks, **{"action-submit": "Submit"})
    return client.post(reverse("wagtailadmin_pages:add", args=["glossary", "glossarypage", parent.pk]), data)


def assert_blocked(response, *reasons):
    assert response.status_code == 200
    body = response.content.decode()
    for reason in reasons:
        assert reason in body, reason
    assert WorkflowState.objects.count() == 0


def test_empty_required_text_in_a_list_item_blocks_the_submission(client, editor, tree):
    """Wagtail 8.0.1 let this through to the reviewer, whose "Approve and publish" then failed."""
    blocks = glossary_blocks_form_data()
    blocks[2] = (
        "applications",
        {"heading": "Applications", "items": list_block([{"domain": "Payments", "text": rich_text("")}])},
    )
    response = submit_new_entry(client, editor, tree.glossary, blocks)
    assert_blocked(response, "Applications (block 3) › Items › item 1 › Text: This field is required.")


def test_missing_definition_advantages_and_applications_are_each_named(client, editor, tree):
    blocks = [("section", {"heading": "Background", "text": rich_text("<p>Some text.</p>")})]
    response = submit_new_entry(client, editor, tree.glossary, blocks)
    assert_blocked(
        response,
        "The entry needs a definition with some text.",
        "The entry needs an advantages block with at least one item.",
        "The entry needs an applications block with at least one item.",
    )


def test_a_complete_entry_goes_on_to_the_reviewers(client, editor, tree):
    response = submit_new_entry(client, editor, tree.glossary, glossary_blocks_form_data())
    assert response.status_code == 302
    state = WorkflowState.objects.get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Review by a second person"
    checks = state.task_states.get(task__name="Automated content checks")
    assert checks.status == "approved"


def test_saving_a_draft_is_never_blocked(client, editor, tree):
    client.force_login(editor)
    data = glossary_entry_form_data("Draft", "draft", "s", blocks=[])
    response = client.post(reverse("wagtailadmin_pages:add", args=["glossary", "glossarypage", tree.glossary.pk]), data)
    assert response.status_code == 302


def test_the_task_sends_a_submission_that_skipped_the_form_back_with_reasons(editor, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Broken", live=False, body=glossary_body("Broken")[:1])
    page.save_revision(user=editor)
    state = Workflow.objects.get(name=WORKFLOW_NAME).start(page, editor)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.task.name == "Automated content checks"
    assert state.current_task_state.comment.splitlines() == [
        "The entry needs an advantages block with at least one item.",
        "The entry needs an applications block with at least one item.",
    ]


def test_an_admin_can_switch_the_checks_off(client, editor, tree):
    Task.objects.filter(name="Automated content checks").update(active=False)
    blocks = [("section", {"heading": "Background", "text": rich_text("<p>Some text.</p>")})]
    assert submit_new_entry(client, editor, tree.glossary, blocks).status_code == 302


def test_images_without_alt_text_and_links_to_missing_pages_are_reported(tree):
    image = ImageFactory(title="Diagram")
    body = [
        *glossary_body("Term"),
        {"type": "image", "value": {"image": image.pk, "alt_text": " ", "caption": ""}},
        {
            "type": "section",
            "value": {"heading": "More", "text": '<p>See <a linktype="page" id="999999">this</a>.</p>'},
        },
    ]
    page = GlossaryPageFactory(parent=tree.glossary, title="Term", body=body)
    assert page_problems(page) == [
        "Image (block 4) › Alt text: This field is required.",
        "A link points to a page (id 999999) that does not exist or is not published.",
    ]


def test_what_a_block_requires_is_reported_once_in_the_block_s_words(tree):
    definition, advantages, applications = glossary_body("Term")
    definition["value"]["text"] = "<p></p>"
    advantages["value"]["items"] = []
    page = GlossaryPageFactory(parent=tree.glossary, title="Term", body=[definition, advantages, applications])
    assert page_problems(page) == [
        "Advantages (block 2) › Items: The minimum number of items is 1",
        "Definition (block 1) › Text: This field is required.",
    ]


def test_summary_over_its_limit_is_reported_for_a_submission_that_skipped_the_form(tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Long")
    page.summary = "x" * 301
    assert page_problems(page) == ["Summary: Ensure this value has at most 300 characters (it has 301)."]


def test_skipped_heading_levels_are_reported():
    stream_block = blocks.StreamBlock([("html", blocks.RawHTMLBlock())])
    stream = stream_block.to_python([{"type": "html", "value": "<h2>Why</h2><h4>Detail</h4><h3>Ok</h3><h5>Deep</h5>"}])
    assert skipped_heading_levels(None, stream) == [
        "A level 4 heading follows a level 2 heading: do not skip levels.",
        "A level 5 heading follows a level 3 heading: do not skip levels.",
    ]
