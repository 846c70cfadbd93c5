"""An editor's admin import submitted to the site's editorial review, and a reviewer approving it
in one step: the automated content checks first, then the second person's review, which publishes."""

import re

import pytest

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import PageLogEntry, WorkflowState

from cms.editorial.roles import EDITORS, REVIEWERS
from cms.tests.html import soup
from cms.tests.people import member
from glossary.admin_imports.models import TermImport
from glossary.models import GlossaryPage

HEADER = "title,slug,summary,definition,advantages,applications\r\n"
WEBHOOK = (
    "Webhook,webhook,An HTTP request one system sends another.,A callback over HTTP.,"
    "No polling: Changes arrive at once.,Payments: Charges are confirmed.\r\n"
)
QUEUE = "Queue,queue,A line of messages.,Messages wait their turn.,Decoupling: Producers do not wait.,\r\n"


@pytest.fixture
def people(tree):
    return {
        "editor": member("edie", EDITORS),
        "reviewer": member("rex", REVIEWERS),
        "second_reviewer": member("rita", REVIEWERS),
        "admin": User.objects.create_superuser("ada", "ada@example.com", "pass"),
    }


def import_and_submit(client, user, text):
    client.force_login(user)
    client.post(
        reverse("glossary_import:index"),
        {"file": SimpleUploadedFile("terms.csv", text.encode()), "file_format": "csv"},
    )
    term_import = TermImport.objects.get()
    client.post(reverse("glossary_import:dry_run", args=[term_import.pk]), {"submit_for_review": "on"})
    return term_import


def approve_all(client, user, term_import):
    """What the import's page says of the approval once `user` has approved all."""
    client.force_login(user)
    response = client.post(reverse("glossary_import:approve_all", args=[term_import.pk]), follow=True)
    section = soup(response).select_one(".glossary-import-approval")
    lines = [line.get_text(" ", strip=True) for line in section.select("p:first-of-type, li")]
    return [re.sub(r" \(.*\)\.$", ".", line) for line in lines]


def approve_button(client, user, term_import):
    client.force_login(user)
    page = soup(client.get(reverse("glossary_import:status", args=[term_import.pk])))
    return [button.get_text(" ", strip=True) for button in page.select("form button")]


def test_a_reviewer_approves_an_editors_import_and_it_goes_live(client, people):
    term_import = import_and_submit(client, people["editor"], HEADER + WEBHOOK)
    assert approve_button(client, people["reviewer"], term_import) == ["Approve all 1 submission"]
    assert approve_all(client, people["reviewer"], term_import) == ["rex approved 1 submission."]
    entry = GlossaryPage.objects.get(slug="webhook")
    assert (entry.live, entry.has_unpublished_changes) == (True, False)
    assert list(WorkflowState.objects.values_list("status", flat=True)) == ["approved"]
    publish = PageLogEntry.objects.get(page=entry, action="wagtail.publish")
    assert publish.user == people["reviewer"]
    assert PageLogEntry.objects.filter(page=entry, action="wagtail.workflow.approve").count() == 1
    assert client.get("/glossary/webhook/").status_code == 200


def test_an_entry_the_content_checks_sent_back_is_not_approved_and_the_reviewer_is_told_why(client, people):
    term_import = import_and_submit(client, people["editor"], HEADER + WEBHOOK + QUEUE)
    assert approve_all(client, people["reviewer"], term_import) == [
        "rex approved 1 submission.",
        'Queue: Changes were requested by "Automated content checks": '
        "The entry needs an applications block with at least one item.",
    ]
    assert list(GlossaryPage.objects.order_by("slug").values_list("slug", "live")) == [
        ("queue", False),
        ("webhook", True),
    ]


def test_an_editor_has_no_approve_button_and_cannot_approve(client, people):
    term_import = import_and_submit(client, people["editor"], HEADER + WEBHOOK)
    assert approve_button(client, people["editor"], term_import) == []
    client.force_login(people["editor"])
    response = client.post(reverse("glossary_import:approve_all", args=[term_import.pk]))
    assert response.url == reverse("wagtailadmin_home")
    assert list(WorkflowState.objects.values_list("status", flat=True)) == ["in_progress"]
    assert not GlossaryPage.objects.get(slug="webhook").live


def test_a_reviewer_cannot_approve_their_own_import_but_another_reviewer_can(client, people):
    term_import = import_and_submit(client, people["reviewer"], HEADER + WEBHOOK)
    assert approve_button(client, people["reviewer"], term_import) == []
    assert approve_all(client, people["second_reviewer"], term_import) == ["rita approved 1 submission."]
    assert GlossaryPage.objects.get(slug="webhook").live
