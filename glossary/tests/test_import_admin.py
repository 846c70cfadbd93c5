"""The admin's Import terms views (glossary.admin_imports): upload and its refusals, the dry run,
confirming, the task worker's path, approving an import's submissions, and the exports."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime

from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry, Revision, WorkflowState

from glossary.admin_imports import running, views
from glossary.admin_imports.models import TermImport
from glossary.admin_imports.tasks import write_term_import
from glossary.models import GlossaryPage
from glossary.term_files.imports import IMPORT_ACTION
from glossary.tests.tree import add_entry

HEADER = "title,slug,summary,related_terms\r\n"
TWO_TERMS = HEADER + "REST,rest,Representational state transfer.,api\r\nGraphQL,graphql,A query language.,\r\n"
INDEX = reverse("glossary_import:index")


@pytest.fixture
def moderator(db):
    user = User.objects.create_user("moderator", "moderator@example.com", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def upload(client, user, text, name="terms.csv", file_format="auto"):
    client.force_login(user)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return client.post(INDEX, {"file": SimpleUploadedFile(name, data), "file_format": file_format})


def confirm(client, term_import, **choices):
    data = {name: "on" for name, chosen in choices.items() if chosen}
    return client.post(reverse("glossary_import:dry_run", args=[term_import.pk]), data)


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def field_errors(response):
    return [error.get_text(" ", strip=True) for error in soup_of(response).select(".error-message")]


def dry_run_table(response):
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in soup_of(response).select("table.glossary-import-rows tbody tr")
    ]


def written():
    return GlossaryPage.objects.count(), Revision.objects.count(), PageLogEntry.objects.count()


# Who may import


def test_editors_see_the_menu_item_and_the_view(client, api, editor):
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home"))
    assert "Import terms" in home.content.decode()
    response = client.get(INDEX)
    assert response.status_code == 200
    assert [item.get_text(strip=True) for item in soup_of(response).select(".w-breadcrumbs li")] == [
        "Home",
        "Import terms",
    ]


def test_a_user_who_may_not_edit_the_glossary_is_denied(client, api):
    reader = User.objects.create_user("reader", "reader@example.com", "pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    assert "Import terms" not in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (INDEX, reverse("glossary_import:export", args=["csv"])):
        response = client.get(url, follow=True)
        assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
        assert "Sorry, you do not have permission to access this area." in response.content.decode()


# Uploads refused


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            "title,slug,summary\r\nCaf\xe9,cafe,A place.\r\n".encode("latin-1"),
            "terms.csv",
            "The file is not UTF-8 text (byte 0xe9 at position 24 cannot be read). "
            "Save it as UTF-8 and import it again.",
        ),
        (
            b"title,slug\r\nAPI,api\r\n",
            "terms.csv",
            'The file has no "summary" column. Its first row must name the columns, '
            "with at least title, slug, summary.",
        ),
        (
            b"title,slug,summary,summary\r\nAPI,api,An interface.,Again.\r\n",
            "terms.csv",
            'The file has the column "summary" twice.',
        ),
        (b"", "terms.csv", "The submitted file is empty."),
        (b"  \n", "terms.csv", "The file is empty."),
        (
            b'[{"slug": "api",}]',
            "terms.json",
            "The file is not valid JSON: Expecting property name enclosed in double quotes at line 1.",
        ),
        (b'{"slug": "api"}', "terms.json", "The JSON file must hold a list of terms: [{...}, {...}]."),
        (b'{"@type": "Thing"}', "terms.jsonld", 'The JSON-LD file must hold a schema.org "DefinedTermSet".'),
    ],
)
def test_a_bad_file_is_a_form_error_and_nothing_is_stored(client, api, editor, data, name, message):
    before = written()
    response = upload(client, editor, data, name=name)
    assert response.status_code == 200
    assert field_errors(response) == [message]
    assert TermImport.objects.count() == 0
    assert written() == before


def test_a_file_over_the_size_limit_is_a_form_error(client, api, editor, settings):
    settings.GLOSSARY_IMPORT_MAX_BYTES = 2 * 1024 * 1024
    response = upload(client, editor, TWO_TERMS.encode() + b"x" * (3 * 1024 * 1024 - len(TWO_TERMS)))
    assert field_errors(response) == ["The file is 3 MB; the import limit is 2 MB."]
    assert TermImport.objects.count() == 0


# The dry run


def test_the_dry_run_shows_each_row_and_writes_nothing(client, api, editor):
    before = written()
    text = TWO_TERMS + "API,api,A new summary.,\r\nBad,bad,<b>No</b>,\r\nAgain,api,Twice.,\r\n"
    response = upload(client, editor, text)
    term_import = TermImport.objects.get()
    assert response.url == reverse("glossary_import:dry_run", args=[term_import.pk])
    assert written() == before
    dry_run = client.get(response.url)
    assert dry_run_table(dry_run) == [
        ["2", "rest", "REST", "created", ""],
        ["3", "graphql", "GraphQL", "created", ""],
        ["4", "api", "API", "refused", 'The slug "api" is also on row 6.'],
        ["5", "bad", "Bad", "refused", "The summary contains HTML; it takes plain text."],
        ["6", "api", "Again", "refused", 'The slug "api" is also on row 4.'],
    ]
    assert [term.get_text(strip=True) for term in soup_of(dry_run).select(".glossary-import-counts dd")] == [
        "2",
        "0",
        "0",
        "3",
    ]
    assert (term_import.user, term_import.file_name, term_import.file_format, term_import.status) == (
        editor,
        "terms.csv",
        "csv",
        "planned",
    )
    assert bytes(term_import.data) == text.encode()


def test_the_confirm_form_submits_for_review_by_default_and_only_a_superuser_may_publish(
    client, api, editor, superuser
):
    upload(client, editor, TWO_TERMS)
    form = soup_of(client.get(reverse("glossary_import:dry_run", args=[TermImport.objects.get().pk])))
    assert form.select_one("input[name=submit_for_review]").has_attr("checked")
    assert form.select_one("input[name=publish]") is None
    upload(client, superuser, TWO_TERMS)
    form = soup_of(client.get(reverse("glossary_import:dry_run", args=[TermImport.objects.first().pk])))
    assert not form.select_one("input[name=submit_for_review]").has_attr("checked")
    assert form.select_one("input[name=publish]") is not None


def test_only_the_uploader_sees_the_dry_run(client, api, editor, superuser):
    upload(client, editor, TWO_TERMS)
    client.force_login(superuser)
    assert client.get(reverse("glossary_import:dry_run", args=[TermImport.objects.get().pk])).status_code == 404


# Confirming


def test_an_editors_confirmed_import_writes_drafts_only(client, api, editor):
    upload(client, editor, TWO_TERMS + "API,api,A new summary.,\r\n")
    term_import = TermImport.objects.get()
    response = confirm(client, term_import)
    assert response.url == reverse("glossary_import:status", args=[term_import.pk])
    assert list(GlossaryPage.objects.order_by("slug").values_list("slug", "live", "summary")) == [
        ("api", True, "An interface."),
        ("graphql", False, "A query language."),
        ("rest", False, "Representational state transfer."),
    ]
    assert GlossaryPage.objects.get(slug="api").get_latest_revision_as_object().summary == "A new summary."
    assert WorkflowState.objects.count() == 0
    term_import.refresh_from_db()
    assert term_import.status == "done"
    assert sorted(term_import.page_ids) == sorted(GlossaryPage.objects.values_list("pk", flat=True))
    assert term_import.result == {"submitted": 0, "published": 0}
    assert bytes(term_import.data) == b""
    status = client.get(response.url)
    assert "Wrote 3 entries." in soup_of(status).get_text(" ", strip=True)
    assert "Approve all" not in status.content.decode()


def test_an_upload_deletes_the_dry_runs_nobody_confirmed_for_a_day(client, api, editor):
    upload(client, editor, TWO_TERMS, name="yesterday.csv")
    upload(client, editor, TWO_TERMS, name="today.csv")
    hours_ago = {"yesterday.csv": 25, "today.csv": 23}
    for name, hours in hours_ago.items():
        TermImport.objects.filter(file_name=name).update(created_at=timezone.now() - datetime.timedelta(hours=hours))

    upload(client, editor, TWO_TERMS, name="now.csv")

    assert list(TermImport.objects.values_list("file_name", "status")) == [
        ("now.csv", "planned"),
        ("today.csv", "planned"),
    ]


def test_submitting_starts_the_workflow_on_each_written_entry(client, api, editor):
    upload(client, editor, TWO_TERMS)
    term_import = TermImport.objects.get()
    confirm(client, term_import, submit_for_review=True)
    states = WorkflowState.objects.order_by("object_id")
    assert [(state.content_object.slug, state.status, state.requested_by) for state in states] == [
        ("rest", "in_progress", editor),
        ("graphql", "in_progress", editor),
    ]
    term_import.refresh_from_db()
    assert (term_import.submit, term_import.result) == (True, {"submitted": 2, "published": 0})
    assert not GlossaryPage.objects.filter(live=True).exclude(slug="api").exists()


def test_an_editor_cannot_publish_by_posting_the_field(client, api, editor):
    upload(client, editor, TWO_TERMS)
    confirm(client, TermImport.objects.get(), publish=True)
    assert list(GlossaryPage.objects.filter(live=True).values_list("slug", flat=True)) == ["api"]


def test_a_superuser_may_publish_directly(client, api, superuser):
    upload(client, superuser, TWO_TERMS)
    confirm(client, TermImport.objects.get(), publish=True)
    assert list(GlossaryPage.objects.order_by("slug").values_list("slug", "live", "has_unpublished_changes")) == [
        ("api", True, False),
        ("graphql", True, False),
        ("rest", True, False),
    ]
    assert TermImport.objects.get().result == {"submitted": 0, "published": 2}


def test_submitting_and_publishing_at_once_is_refused(client, api, superuser):
    upload(client, superuser, TWO_TERMS)
    response = confirm(client, TermImport.objects.get(), publish=True, submit_for_review=True)
    assert "Choose either to submit the entries for review or to publish them, not both." in response.content.decode()
    assert GlossaryPage.objects.count() == 1


def test_a_glossary_changed_since_the_dry_run_shows_the_new_dry_run_and_writes_nothing(client, tree, api, editor):
    upload(client, editor, TWO_TERMS)
    term_import = TermImport.objects.get()
    add_entry(tree.glossary, "GraphQL", slug="graphql", summary="Someone else's summary.")
    before = written()
    response = confirm(client, term_import, submit_for_review=True)
    assert response.status_code == 200
    assert "The glossary changed since this file's dry run" in response.content.decode()
    assert dry_run_table(response) == [
        ["2", "rest", "REST", "created", ""],
        ["3", "graphql", "GraphQL", "updated", ""],
    ]
    assert written() == before
    confirm(client, term_import, submit_for_review=True)
    assert GlossaryPage.objects.get(slug="graphql").get_latest_revision_as_object().summary == "A query language."


# The task worker's path


def test_a_large_file_is_written_by_the_task_worker_with_its_progress_saved(client, api, editor, settings):
    settings.GLOSSARY_IMPORT_BACKGROUND_ROWS = 1
    upload(client, editor, TWO_TERMS)
    term_import = TermImport.objects.get()
    response = confirm(client, term_import, submit_for_review=True)
    assert response.url == reverse("glossary_import:status", args=[term_import.pk])
    term_import.refresh_from_db()
    assert (term_import.status, term_import.progress_done, term_import.progress_total) == ("done", 2, 2)
    assert term_import.finished_at is not None
    assert WorkflowState.objects.filter(status="in_progress").count() == 2


def test_the_task_worker_writes_nothing_when_the_glossary_changed_since_the_confirmed_dry_run(
    client, tree, api, editor
):
    upload(client, editor, TWO_TERMS)
    term_import = TermImport.objects.get()
    term_import.status = "queued"
    term_import.save()
    add_entry(tree.glossary, "REST", slug="rest", summary="Someone else's summary.")
    before = written()
    write_term_import.call(term_import.pk)
    term_import.refresh_from_db()
    assert (term_import.status, term_import.result) == ("planned", {"changed": True})
    assert [row["action"] for row in term_import.dry_run] == ["updated", "created"]
    assert written() == before
    dry_run = client.get(reverse("glossary_import:status", args=[term_import.pk]), follow=True)
    assert "The glossary changed since this file's dry run" in dry_run.content.decode()


def test_an_import_that_stops_with_an_error_is_marked_failed(client, api, editor, monkeypatch):
    def broken_apply(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(running, "apply_import", broken_apply)
    upload(client, editor, TWO_TERMS)
    term_import = TermImport.objects.get()
    with pytest.raises(RuntimeError):
        confirm(client, term_import)
    term_import.refresh_from_db()
    assert (term_import.status, term_import.result, bytes(term_import.data)) == (
        "failed",
        {"error": "The import stopped with an error; nothing was written."},
        b"",
    )
    page = soup_of(client.get(reverse("glossary_import:status", args=[term_import.pk])))
    assert page.select_one('meta[http-equiv="refresh"]') is None
    assert "The import stopped with an error; nothing was written." in page.get_text()


def test_the_status_page_reloads_itself_while_the_import_is_written(client, api, editor):
    term_import = TermImport.objects.create(
        user=editor, file_name="big.csv", file_format="csv", data=b"", status="running", progress_total=400
    )
    TermImport.objects.filter(pk=term_import.pk).update(progress_done=100)
    client.force_login(editor)
    page = soup_of(client.get(reverse("glossary_import:status", args=[term_import.pk])))
    assert page.select_one('meta[http-equiv="refresh"]')["content"] == "2"
    assert page.select_one("#import-progress-label").get_text(" ", strip=True) == (
        "Written 100 of 400 entries. This page reloads itself until the import is done."
    )
    assert (page.select_one("progress")["value"], page.select_one("progress")["max"]) == ("100", "400")
    term_import.status = "done"
    term_import.save()
    done = soup_of(client.get(reverse("glossary_import:status", args=[term_import.pk])))
    assert done.select_one('meta[http-equiv="refresh"]') is None


def test_the_result_lists_the_entries_a_page_at_a_time_in_a_constant_number_of_queries(
    client, api, editor, monkeypatch
):
    def status_page_queries(text):
        TermImport.objects.all().delete()
        upload(client, editor, text)
        term_import = TermImport.objects.get()
        confirm(client, term_import, submit_for_review=True)
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("glossary_import:status", args=[term_import.pk]))
        return len(queries)

    rows = [f"Term {number},term-{number},Summary {number}.,\r\n" for number in range(6)]
    assert status_page_queries(HEADER + "".join(rows[:2])) == status_page_queries(HEADER + "".join(rows[2:]))

    monkeypatch.setattr(views, "ENTRIES_PER_PAGE", 3)
    status = reverse("glossary_import:status", args=[TermImport.objects.get().pk])
    pages = [soup_of(client.get(status, {"p": number})) for number in (1, 2)]
    assert [[link.get_text() for link in page.select("table.listing td:first-child a")] for page in pages] == [
        ["Term 2", "Term 3", "Term 4"],
        ["Term 5"],
    ]
    assert pages[0].select_one(".pagination__start").get_text(strip=True) == "Page 1 of 2"


# Approving an import's submissions


def submitted_import(client, editor):
    upload(client, editor, TWO_TERMS)
    term_import = TermImport.objects.get()
    confirm(client, term_import, submit_for_review=True)
    return term_import


def test_a_moderator_approves_all_submissions_in_one_step(client, api, editor, moderator):
    term_import = submitted_import(client, editor)
    client.force_login(moderator)
    status = client.get(reverse("glossary_import:status", args=[term_import.pk]))
    assert "Approve all 2 submissions" in soup_of(status).get_text(" ", strip=True)
    response = client.post(reverse("glossary_import:approve_all", args=[term_import.pk]), follow=True)
    approval = soup_of(response).select_one(".glossary-import-approval p").get_text(" ", strip=True)
    term_import.refresh_from_db()
    approved_at = date_format(localtime(term_import.approved_at), "DATETIME_FORMAT")
    assert approval == f"moderator approved 2 submissions ({approved_at})."
    assert "Approve all" not in response.content.decode()
    assert list(GlossaryPage.objects.order_by("slug").values_list("slug", "live")) == [
        ("api", True),
        ("graphql", True),
        ("rest", True),
    ]
    assert list(WorkflowState.objects.values_list("status", flat=True)) == ["approved", "approved"]
    assert PageLogEntry.objects.filter(action="wagtail.workflow.approve", user=moderator).count() == 2


def test_many_submissions_are_approved_by_the_task_worker(client, api, editor, moderator, settings):
    term_import = submitted_import(client, editor)
    settings.GLOSSARY_IMPORT_BACKGROUND_ROWS = 1
    client.force_login(moderator)
    client.post(reverse("glossary_import:approve_all", args=[term_import.pk]))
    term_import.refresh_from_db()
    assert (term_import.approver, term_import.approval_status) == (moderator, "done")
    assert (term_import.approval_done, term_import.approval_total) == (2, 2)
    assert term_import.approval_result == {"approved": 2, "refused": []}
    assert GlossaryPage.objects.filter(live=True).count() == 3


def test_the_status_page_reloads_itself_while_submissions_are_approved(client, api, editor):
    term_import = TermImport.objects.create(
        user=editor,
        file_name="big.csv",
        file_format="csv",
        data=b"",
        status="done",
        approval_status="running",
        approval_done=30,
        approval_total=300,
    )
    client.force_login(editor)
    page = soup_of(client.get(reverse("glossary_import:status", args=[term_import.pk])))
    assert page.select_one('meta[http-equiv="refresh"]')["content"] == "2"
    assert page.select_one("#approval-progress-label").get_text(" ", strip=True) == (
        "Approved 30 of 300 submissions. This page reloads itself until the approval is done."
    )


def test_an_editor_cannot_approve_all(client, api, editor):
    term_import = submitted_import(client, editor)
    status = client.get(reverse("glossary_import:status", args=[term_import.pk]))
    assert "Approve all" not in status.content.decode()
    response = client.post(reverse("glossary_import:approve_all", args=[term_import.pk]))
    assert response.url == reverse("wagtailadmin_home")
    assert list(WorkflowState.objects.values_list("status", flat=True)) == ["in_progress", "in_progress"]
    assert list(GlossaryPage.objects.filter(live=True).values_list("slug", flat=True)) == ["api"]


# Exports and the audit log


@pytest.mark.parametrize(
    ("file_format", "latest", "content_type", "file_name"),
    [
        ("csv", "", "text/csv; charset=utf-8", "glossary-live.csv"),
        ("json", "", "application/json", "glossary-live.json"),
        ("jsonld", "", "application/ld+json", "glossary-live.jsonld"),
        ("csv", "1", "text/csv; charset=utf-8", "glossary-latest.csv"),
    ],
)
def test_the_export_links_download_the_glossary(
    client, tree, api, editor, file_format, latest, content_type, file_name
):
    add_entry(tree.glossary, "Draft", slug="draft", summary="Not yet live.", live=False)
    client.force_login(editor)
    response = client.get(reverse("glossary_import:export", args=[file_format]), {"latest": latest})
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="{file_name}"'
    assert ("Not yet live." in response.content.decode()) == (latest == "1")
    assert "An interface." in response.content.decode()


def test_the_import_terms_page_links_each_export(client, api, editor):
    client.force_login(editor)
    links = soup_of(client.get(INDEX)).select("a[download]")
    assert [(link.get_text(strip=True), link["href"]) for link in links] == [
        ("CSV", "/admin/glossary-import/export/csv/"),
        ("JSON", "/admin/glossary-import/export/json/"),
        ("JSON-LD", "/admin/glossary-import/export/jsonld/"),
        ("CSV", "/admin/glossary-import/export/csv/?latest=1"),
        ("JSON", "/admin/glossary-import/export/json/?latest=1"),
        ("JSON-LD", "/admin/glossary-import/export/jsonld/?latest=1"),
    ]


def test_the_import_has_a_readable_label_in_the_audit_log(client, api, editor):
    upload(client, editor, TWO_TERMS)
    confirm(client, TermImport.objects.get())
    entry = PageLogEntry.objects.get(action=IMPORT_ACTION)
    assert log_registry.get_action_label(IMPORT_ACTION) == "Import terms"
    assert entry.message == 'Imported terms from "terms.csv": 2 created, 0 updated, 0 unchanged, 0 refused'
    assert entry.user == editor


def test_the_import_is_listed_by_its_label_in_the_site_history_report(client, api, editor, superuser):
    upload(client, editor, TWO_TERMS)
    confirm(client, TermImport.objects.get())
    client.force_login(superuser)
    report = soup_of(client.get(reverse("wagtailadmin_reports:site_history"), {"action": IMPORT_ACTION}))
    action_filter = report.select_one(f'input[name=action][value="{IMPORT_ACTION}"]')
    assert report.select_one(f'label[for="{action_filter["id"]}"]').get_text(strip=True) == "Import terms"
    assert [row.select("td")[2].get_text(strip=True) for row in report.select("table.listing tbody tr")] == [
        'Imported terms from "terms.csv": 2 created, 0 updated, 0 unchanged, 0 refused'
    ]
