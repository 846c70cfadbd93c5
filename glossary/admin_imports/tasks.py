"""The task worker's part of an import: writing a large file, with its progress on the row."""

from django_tasks import task

from .approvals import approve_all
from .models import TermImport
from .running import ProgressRecorder, record_dry_run, record_failure, stored_plan, write_import


@task()
def write_term_import(term_import_id):
    """Write a confirmed import. If the glossary changed since its dry run so that the outcome
    differs, nothing is written: the import goes back to its new dry run for the user to confirm."""
    term_import = TermImport.objects.get(pk=term_import_id, status=TermImport.QUEUED)
    try:
        plan = stored_plan(term_import, term_import.user)
    except Exception:
        record_failure(term_import)
        raise
    seen = term_import.dry_run
    record_dry_run(term_import, plan)
    if term_import.dry_run != seen:
        term_import.status = TermImport.PLANNED
        term_import.result = {"changed": True}
        term_import.save()
        return
    progress = ProgressRecorder(term_import)
    try:
        write_import(term_import, plan, progress)
    finally:
        progress.close()


@task()
def approve_term_import(term_import_id):
    """A reviewer's "Approve all" on a large import, with its progress on the row."""
    term_import = TermImport.objects.select_related("approver").get(
        pk=term_import_id, approval_status=TermImport.QUEUED
    )
    term_import.approval_status = TermImport.RUNNING
    term_import.save(update_fields=["approval_status"])
    progress = ProgressRecorder(term_import, "approval_done", "approval_total")
    try:
        approve_all(term_import, term_import.approver, progress)
    except Exception:
        TermImport.objects.filter(pk=term_import.pk).update(
            approval_status=TermImport.FAILED,
            approval_result={"error": "The approval stopped with an error; the approvals made before it stand."},
        )
        raise
    finally:
        progress.close()
