"""`manage.py start_scheduled_publishing`: make sure the worker runs Wagtail's scheduler."""

from django.core.management.base import BaseCommand

from cms.editorial.tasks import book_next_publish_run


class Command(BaseCommand):
    help = "Queue the recurring scheduled-publishing task for the task worker, unless it is already queued."

    def handle(self, *args, **options):
        result = book_next_publish_run()
        if result is None:
            self.stdout.write("Scheduled publishing is already queued for the task worker.")
        else:
            self.stdout.write(
                f"Scheduled publishing queued for the task worker (first run {result.task.run_after:%H:%M:%S})."
            )
