"""django-tasks-db's `db_worker`, which waits out a database outage instead of exiting.

The worker of `make run` and of deploy/glossary-worker.service is this command. When the
database goes away (the worker's query or connection fails), it logs once, closes its
connections, tries again every few seconds and carries on when the database is back. Its
log levels come from LOGGING (settings) unless -v 0 or -v 2 asks for less or more.
"""

import logging
import time

from django_tasks_db.management.commands import db_worker

from django.db import InterfaceError, OperationalError, connections

from cms.editorial import tasks

logger = logging.getLogger("django_tasks_db")

RETRY_SECONDS = 2


class Command(db_worker.Command):
    help = "Run the task worker: it waits out database outages and carries on when the database is back."

    def configure_logging(self, verbosity):
        if verbosity != 1:
            super().configure_logging(verbosity)

    def handle(self, *args, **options):
        down_since = None
        while True:
            try:
                if down_since is not None:
                    # A scheduled-publishing run cut by the outage booked no next run.
                    tasks.book_next_publish_run()
                    logger.warning(
                        "Database reachable again after %.0f s: the worker carries on.", time.monotonic() - down_since
                    )
                    down_since = None
                return super().handle(*args, **options)
            except (OperationalError, InterfaceError) as error:
                if down_since is None:
                    down_since = time.monotonic()
                    reason = next(iter(str(error).strip().splitlines()), type(error).__name__)
                    logger.warning(
                        "Database unreachable (%s): the worker tries again every %s s.", reason, RETRY_SECONDS
                    )
                connections.close_all()
                time.sleep(RETRY_SECONDS)
