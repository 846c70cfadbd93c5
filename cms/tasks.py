"""Background work for the task worker (`manage.py db_worker`): scheduled publishing and webhooks."""

from datetime import timedelta

from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from . import webhook_delivery


@task()
def publish_scheduled_pages():
    """Publish pages whose go-live time has come and unpublish expired ones, then book the next run.

    Wagtail leaves this to its `publish_scheduled` command; running it from the worker means
    scheduled publishing needs no cron. One pending run is kept in the queue however many
    workers there are.
    """
    call_command("publish_scheduled")
    book_next_publish_run()
    book_next_delivery_run()  # the minute's tick also makes sure no webhook waits unbooked


def book_run(recurring_task, run_after):
    """Queue a run of `recurring_task` unless one is already waiting (or the backend cannot defer)."""
    if not recurring_task.get_backend().supports_defer:
        return None
    waiting = DBTaskResult.objects.filter(task_path=recurring_task.module_path, status=TaskResultStatus.READY)
    if waiting.exists():
        return None
    return recurring_task.using(run_after=run_after).enqueue()


def book_next_publish_run():
    return book_run(publish_scheduled_pages, timezone.now() + timedelta(seconds=settings.SCHEDULED_PUBLISHING_INTERVAL))


@task()
def deliver_webhooks():
    """Send the webhook deliveries that are due, then book a run for the next retry.

    If this worker dies mid-send, the row's lease runs out and the minute's scheduled
    publishing run books a delivery run for it (`book_next_delivery_run`).
    """
    webhook_delivery.deliver_due()
    book_next_delivery_run()


def book_next_delivery_run():
    due_at = webhook_delivery.next_due_at()
    if due_at is None:
        return None
    return book_run(deliver_webhooks, due_at)
