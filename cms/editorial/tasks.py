"""Scheduled publishing, run by the task worker (`manage.py db_worker`) instead of a cron job."""

from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from cms.webhooks.tasks import book_next_delivery_run, book_run


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


def book_next_publish_run():
    return book_run(publish_scheduled_pages, timezone.now() + timedelta(seconds=settings.SCHEDULED_PUBLISHING_INTERVAL))
