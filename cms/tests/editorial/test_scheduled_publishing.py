"""Go-live and expiry times are honoured by the worker's recurring publish_scheduled task."""

from datetime import timedelta
from io import StringIO

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from cms.editorial.tasks import book_next_publish_run, publish_scheduled_pages
from cms.tests.scheduling import make_due
from glossary.factories import GlossaryPageFactory


def test_a_scheduled_page_goes_live_only_once_its_time_has_come(client, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Later", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert page.live is False

    publish_scheduled_pages.call()
    page.refresh_from_db()
    assert page.live is False
    assert client.get("/glossary/later/").status_code == 404

    # An hour passes.
    make_due(revision)
    publish_scheduled_pages.call()
    page.refresh_from_db()
    assert page.live is True
    assert client.get("/glossary/later/").status_code == 200


def test_an_expired_page_is_taken_down(client, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Old", expire_at=timezone.now() - timedelta(minutes=1))
    publish_scheduled_pages.call()
    page.refresh_from_db()
    assert (page.live, page.expired) == (False, True)
    assert client.get("/glossary/old/").status_code == 404


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(TASKS=DATABASE_TASKS)
def test_the_worker_keeps_exactly_one_run_booked(db):
    before = timezone.now()

    first = book_next_publish_run()
    assert book_next_publish_run() is None
    publish_scheduled_pages.call()  # a run while another is booked books no second one

    waiting = DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path, status=TaskResultStatus.READY)
    assert waiting.count() == 1
    run_after = waiting.get().run_after
    assert timedelta(seconds=59) < run_after - before < timedelta(seconds=61)
    assert first.task.run_after == run_after


@override_settings(TASKS=DATABASE_TASKS)
def test_make_run_books_the_first_run_once(db):
    first, second = StringIO(), StringIO()
    call_command("start_scheduled_publishing", stdout=first)
    call_command("start_scheduled_publishing", stdout=second)
    assert first.getvalue().startswith("Scheduled publishing queued for the task worker (first run ")
    assert second.getvalue() == "Scheduled publishing is already queued for the task worker.\n"
