"""The editorial workflow with real users in the real groups: submit, review, publish."""

from zoneinfo import ZoneInfo

import pytest

from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date

from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail.users.models import UserProfile

from cms.editorial.roles import EDITORS, REVIEWERS
from cms.editorial.tasks import publish_scheduled_pages
from cms.tests.form_data import glossary_entry_form_data
from cms.tests.html import soup, texts
from cms.tests.people import member
from cms.tests.review import act
from cms.tests.scheduling import make_due
from glossary.factories import GlossaryPageFactory


@pytest.fixture
def people(db):
    return {
        "editor": member("edie", EDITORS),
        "reviewer": member("rex", REVIEWERS),
        "second_reviewer": member("rita", REVIEWERS),
        "admin": User.objects.create_superuser("ada", "ada@example.com", "pass"),
    }


@pytest.fixture
def draft(tree):
    """A new entry that has never been published."""
    return GlossaryPageFactory(parent=tree.glossary, title="Webhook", live=False)


def edit_post_data(page, **changes):
    return glossary_entry_form_data(page.title, page.slug, changes.pop("summary", page.summary), **changes)


def submit(client, user, page):
    client.force_login(user)
    data = edit_post_data(page, **{"action-submit": "Submit"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content[:2000]
    return Page.objects.get(pk=page.pk).specific


def assert_refused(response):
    """Wagtail's admin answers a forbidden action by going back to the dashboard with a message."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert messages[-1] == "Sorry, you do not have permission to access this area."


def test_editor_submits_and_reviewer_approval_publishes(client, people, draft):
    page = submit(client, people["editor"], draft)
    assert page.live is False
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_state.workflow.name == "Editorial review"

    act(client, people["reviewer"], page, "approve")
    page.refresh_from_db()
    assert page.live is True
    assert page.live_revision.user == people["editor"]
    assert client.get("/glossary/webhook/").status_code == 200


def test_reviewer_requests_changes_with_a_comment(client, people, draft):
    page = submit(client, people["editor"], draft)
    act(client, people["reviewer"], page, "reject", comment="Add an application in payments.")

    page.refresh_from_db()
    assert page.live is False
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Add an application in payments."


def awaiting_review(client, user):
    """The titles in the dashboard's "Awaiting your review" panel for `user`."""
    client.force_login(user)
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#awaiting-review-section")
    return [] if panel is None else texts(panel.select("tbody td.title .title-wrapper a"))


def test_reviewer_sees_the_submission_in_awaiting_your_review(client, people, draft):
    submit(client, people["editor"], draft)
    assert awaiting_review(client, people["reviewer"]) == ["Webhook"]
    assert awaiting_review(client, people["editor"]) == []


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_only_review_publishes_neither_publish_button_nor_post_works(client, people, draft, role):
    client.force_login(people[role])
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-publish"' not in edit_page

    data = edit_post_data(draft, **{"action-publish": "Publish"})
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    draft.refresh_from_db()
    assert draft.live is False


def test_editor_cannot_unpublish_or_delete_a_live_page(client, people, tree):
    live = GlossaryPageFactory(parent=tree.glossary, title="API")
    client.force_login(people["editor"])
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[live.pk])).status_code in (302, 403)
    assert client.post(reverse("wagtailadmin_pages:delete", args=[live.pk])).status_code in (302, 403)
    live.refresh_from_db()
    assert live.live is True


def test_nobody_approves_their_own_submission_not_even_a_reviewer(client, people, draft):
    page = submit(client, people["reviewer"], draft)
    assert_refused(act(client, people["reviewer"], page, "approve"))
    page.refresh_from_db()
    assert page.live is False

    assert awaiting_review(client, people["reviewer"]) == []
    assert awaiting_review(client, people["second_reviewer"]) == ["Webhook"]

    act(client, people["second_reviewer"], page, "approve")
    page.refresh_from_db()
    assert page.live is True


def test_a_superuser_may_approve_their_own_submission(client, people, draft):
    page = submit(client, people["admin"], draft)
    act(client, people["admin"], page, "approve")
    page.refresh_from_db()
    assert page.live is True


def test_editor_cannot_approve(client, people, draft):
    page = submit(client, people["editor"], draft)
    other_editor = member("eve", EDITORS)
    assert_refused(act(client, other_editor, page, "approve"))
    page.refresh_from_db()
    assert page.live is False


def test_readers_see_the_published_revision_while_a_newer_draft_is_in_review(client, people, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Cache", summary="Published summary.")
    page.save_revision().publish()
    client.force_login(people["editor"])
    data = edit_post_data(page, summary="Draft summary under review.", **{"action-submit": "Submit"})
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    client.logout()

    body = client.get("/glossary/cache/").content.decode()
    assert "Published summary." in body
    assert "Draft summary under review." not in body


def test_submission_emails_the_reviewers_with_title_and_link(client, people, draft):
    mail.outbox.clear()
    submit(client, people["editor"], draft)
    to_reviewers = [message for message in mail.outbox if "rex@example.com" in message.to]
    assert to_reviewers, [m.to for m in mail.outbox]
    assert "Webhook" in to_reviewers[0].subject
    assert f"http://testserver/admin/pages/{draft.pk}/edit/" in to_reviewers[0].body
    assert not [message for message in mail.outbox if "edie@example.com" in message.to]


def test_editor_is_emailed_when_the_reviewer_approves_or_requests_changes(client, people, tree):
    approved = submit(client, people["editor"], GlossaryPageFactory(parent=tree.glossary, title="API", live=False))
    rejected = submit(client, people["editor"], GlossaryPageFactory(parent=tree.glossary, title="REST", live=False))
    mail.outbox.clear()
    act(client, people["reviewer"], approved, "approve")
    act(client, people["reviewer"], rejected, "reject", comment="Explain statelessness.")

    to_editor = [message for message in mail.outbox if message.to == ["edie@example.com"]]
    assert sorted(message.subject for message in to_editor) == [
        'The page "API" has been approved in "Editorial review".',
        'The page "REST" has been rejected during "Editorial review".',
    ]
    rejection = next(message for message in to_editor if "REST" in message.subject)
    assert "Explain statelessness." in rejection.body


def test_audit_log_records_who_submitted_approved_and_published(client, people, draft):
    page = submit(client, people["editor"], draft)
    act(client, people["reviewer"], page, "approve")

    entries = [
        (entry.action, entry.user.username)
        for entry in PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
        if entry.action in ("wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish")
    ]
    assert entries == [
        ("wagtail.workflow.start", "edie"),
        ("wagtail.workflow.approve", "rex"),
        ("wagtail.publish", "rex"),
    ]


def test_approval_of_a_page_with_a_future_go_live_time_schedules_it(client, people, draft):
    client.force_login(people["editor"])
    data = edit_post_data(draft, go_live_at="2099-01-01 09:00", **{"action-submit": "Submit"})
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    page = Page.objects.get(pk=draft.pk).specific
    act(client, people["reviewer"], page, "approve")

    page.refresh_from_db()
    assert page.live is False
    assert page.get_latest_revision().approved_go_live_at.year == 2099
    assert client.get("/glossary/webhook/").status_code == 404


def test_editor_cancels_the_review_and_submits_again(client, people, draft):
    page = submit(client, people["editor"], draft)
    data = edit_post_data(page, **{"action-cancel-workflow": "Cancel"})
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    page.refresh_from_db()
    assert page.current_workflow_state is None
    assert awaiting_review(client, people["reviewer"]) == []

    page = submit(client, people["editor"], page)
    assert awaiting_review(client, people["reviewer"]) == ["Webhook"]
    states = WorkflowState.objects.filter(object_id=str(page.pk)).order_by("created_at")
    assert [state.status for state in states] == [WorkflowState.STATUS_CANCELLED, WorkflowState.STATUS_IN_PROGRESS]


def test_drafts_in_review_can_be_commented_on_and_are_locked_for_the_editor(client, people, draft):
    page = submit(client, people["editor"], draft)
    client.force_login(people["reviewer"])
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'data-w-init-event-value="w-comments:init"' in editor_html

    assert page.get_lock().for_user(people["editor"])
    assert not page.get_lock().for_user(people["reviewer"])


def submit_scheduled(client, people, draft, go_live_at="2099-01-01 09:00"):
    client.force_login(people["editor"])
    data = edit_post_data(draft, go_live_at=go_live_at, **{"action-submit": "Submit"})
    assert client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data).status_code == 302
    return Page.objects.get(pk=draft.pk).specific


def test_the_approve_buttons_say_when_a_scheduled_page_goes_live(client, people, draft):
    page = submit_scheduled(client, people, draft)
    client.force_login(people["reviewer"])
    html = soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    assert texts(html.select("button[data-workflow-action-name=approve]")) == [
        "Approve and schedule for 1 January 2099, 09:00 UTC",
        "Approve with comment and schedule for 1 January 2099, 09:00 UTC",
    ]


def test_the_approve_buttons_of_a_page_without_go_live_time_say_publish(client, people, draft):
    page = submit(client, people["editor"], draft)
    client.force_login(people["reviewer"])
    html = soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    assert texts(html.select("button[data-workflow-action-name=approve]")) == [
        "Approve and Publish",
        "Approve with comment and Publish",
    ]


def test_a_scheduled_approval_says_when_in_the_message_and_mail_and_mails_again_at_go_live(
    client, people, draft, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(people["editor"])
    profile.current_time_zone = "Europe/Berlin"
    profile.save()
    page = submit_scheduled(client, people, draft)
    mail.outbox.clear()

    client.force_login(people["reviewer"])
    data = edit_post_data(
        page, go_live_at="2099-01-01 09:00", **{"action-workflow-action": "true", "workflow-action-name": "approve"}
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert response.status_code == 302
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert "Page 'Webhook' is approved and scheduled for 1 January 2099, 09:00 UTC: readers see it from then." in said
    page.refresh_from_db()
    assert page.live is False
    [approval] = [message for message in mail.outbox if message.to == ["edie@example.com"]]
    assert approval.subject == (
        'The page "Webhook" has been approved in "Editorial review" and is scheduled for 1 January 2099, 10:00 CET.'
    )
    assert (
        'The page "Webhook" has been approved in workflow "Editorial review" and is scheduled for '
        "1 January 2099, 10:00 CET. Readers see it from then; you will get another email when it is live."
    ) in approval.body
    assert f"Until then you can see it in the admin: http://testserver/admin/pages/{page.pk}/edit/" in approval.body
    assert "/glossary/webhook/" not in approval.body

    mail.outbox.clear()
    revision = page.scheduled_revision
    make_due(revision)
    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.call()

    page.refresh_from_db()
    assert page.live is True
    [live] = mail.outbox
    assert live.to == ["edie@example.com"]
    assert live.subject == 'The page "Webhook" is live now, as scheduled.'
    went_live = format_date(timezone.localtime(page.last_published_at, ZoneInfo("Europe/Berlin")), "j F Y, H:i T")
    assert f'The page "Webhook" went live on {went_live}, as scheduled when it was approved.' in live.body
    assert f"Readers see it here: {page.full_url}" in live.body


def test_an_editor_who_turned_off_approval_mail_is_not_mailed_at_go_live(
    client, people, draft, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(people["editor"])
    profile.approved_notifications = False
    profile.save()
    page = submit_scheduled(client, people, draft)
    act(client, people["reviewer"], page, "approve")
    revision = Page.objects.get(pk=page.pk).scheduled_revision
    make_due(revision)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.call()

    assert Page.objects.get(pk=page.pk).live is True
    assert mail.outbox == []
