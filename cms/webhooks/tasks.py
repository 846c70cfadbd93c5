"""The webhook deliveries' work for the task worker (`manage.py db_worker`)."""

from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from cms.webhooks import delivery


def book_run(recurring_task, run_after):
    """Queue a run of `recurring_task` unless one is already waiting (or the backend cannot defer)."""
    if not recurring_task.get_backend().supports_defer:
        return None
    waiting = DBTaskResult.objects.filter(task_path=recurring_task.module_path, status=TaskResultStatus.READY)
    if waiting.exists():
        return None
    return recurring_task.using(run_after=run_after).enqueue()


@task()
def deliver_webhooks():
    """Send the webhook deliveries that are due, then book a run for the next retry.

    If this worker dies mid-send, the row's lease runs out and the minute's scheduled
    publishing run books a delivery run for it (`book_next_delivery_run`).
    """
    delivery.deliver_due()
    book_next_delivery_run()


def book_next_delivery_run():
    due_at = delivery.next_due_at()
    if due_at is None:
        return None
    return book_run(deliver_webhooks, due_at)
