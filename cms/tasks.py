"""Background work for the task worker (`manage.py db_worker`)."""

from datetime import timedelta

from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone


@task()
def publish_scheduled_pages():
    """Publish pages whose go-live time has come and unpublish expired ones, then book the next run.

    Wagtail leaves this to its `publish_scheduled` command; running it from the worker means
    scheduled publishing needs no cron. One pending run is kept in the queue however many
    workers there are.
    """
    call_command("publish_scheduled")
    book_next_publish_run()


def book_next_publish_run():
    """Queue the next run unless one is already waiting (or the backend cannot defer tasks)."""
    backend = publish_scheduled_pages.get_backend()
    if not backend.supports_defer:
        return None
    waiting = DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path, status=TaskResultStatus.READY)
    if waiting.exists():
        return None
    run_after = timezone.now() + timedelta(seconds=settings.SCHEDULED_PUBLISHING_INTERVAL)
    return publish_scheduled_pages.using(run_after=run_after).enqueue()
