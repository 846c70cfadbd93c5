"""Planning and writing a TermImport: the stored dry run, the check that it still holds, the
writing with its progress saved where the status page can read it."""

import time

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from glossary import conf
from glossary.term_files import ImportNotAllowed, apply_import, plan_import, read_terms

from .models import TermImport

PROGRESS_INTERVAL_SECONDS = 0.5


def dry_run_rows(plan):
    return [
        {"number": row.number, "slug": row.slug, "title": row.title, "action": row.action, "reasons": row.reasons}
        for row in plan.rows
    ]


def stored_plan(term_import, user):
    """The plan of the stored file for `user`, made again from the entries as they are now."""
    terms_file = read_terms(bytes(term_import.data), term_import.file_name, term_import.file_format)
    return plan_import(terms_file, user)


def record_dry_run(term_import, plan):
    term_import.dry_run = dry_run_rows(plan)
    term_import.counts = plan.counts


def runs_in_background(plan):
    return len(plan.rows) > conf.setting("GLOSSARY_IMPORT_BACKGROUND_ROWS")


class ProgressRecorder:
    """Saves progress on the TermImport row (by default the writing's) through a connection of its
    own, so the status page sees it while the import's transaction is still open."""

    def __init__(self, term_import, done_field="progress_done", total_field="progress_total"):
        self.pk = term_import.pk
        self.done_field = done_field
        self.total_field = total_field
        self.connection = None
        self.saved_at = None

    def __call__(self, done, total):
        now = time.monotonic()
        if done < total and self.saved_at is not None and now - self.saved_at < PROGRESS_INTERVAL_SECONDS:
            return
        self.saved_at = now
        if self.connection is None:
            self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        table, done_column, total_column = (
            self.connection.ops.quote_name(name)
            for name in (TermImport._meta.db_table, self.done_field, self.total_field)
        )
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET {done_column} = %s, {total_column} = %s WHERE id = %s",  # noqa: S608
                [done, total, self.pk],
            )

    def close(self):
        if self.connection is not None:
            self.connection.close()


def write_import(term_import, plan, progress=None):
    """Apply `plan` (the stored file's, just checked against the dry run) with the import's
    choices, and record the result on `term_import`. The stored file is not needed after that,
    and is dropped."""
    term_import.status = TermImport.RUNNING
    term_import.progress_total = len(plan.rows_to_write)
    term_import.progress_done = 0
    term_import.save(update_fields=["status", "progress_total", "progress_done"])
    try:
        result = apply_import(plan, submit=term_import.submit, publish=term_import.publish, progress=progress)
    except ImportNotAllowed as refusal:
        term_import.status = TermImport.FAILED
        term_import.result = {"error": str(refusal)}
    except Exception:
        record_failure(term_import)
        raise
    else:
        term_import.status = TermImport.DONE
        term_import.progress_done = term_import.progress_total
        term_import.page_ids = [page.pk for page in result.pages]
        term_import.result = {"submitted": result.submitted, "published": result.published}
    term_import.finished_at = timezone.now()
    term_import.data = b""
    term_import.save()
    return term_import


def record_failure(term_import):
    TermImport.objects.filter(pk=term_import.pk).update(
        status=TermImport.FAILED,
        result={"error": "The import stopped with an error; nothing was written."},
        finished_at=timezone.now(),
        data=b"",
    )
