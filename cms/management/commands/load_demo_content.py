"""`manage.py load_demo_content`: the demo site a newcomer gets from `make run`."""

import logging
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo.loader import load_demo_content
from cms.demo.users import DEMO_USERS

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


# Wagtail logs a line per page saved and published, and django-tasks one per task run
# immediately; the banner says it more briefly.
NOISY_LOGGERS = ("wagtail", "django_tasks")


@contextmanager
def loggers_at(names, level):
    loggers = [logging.getLogger(name) for name in names]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old_level in zip(loggers, previous, strict=True):
            logger.setLevel(old_level)


def frontend_url():
    """The front-end's home page: the preview's client URL is one of its routes (/api/draft/)."""
    client_url = urlsplit(settings.WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]["default"])
    return f"{client_url.scheme}://{client_url.netloc}/"


def banner(base_url, report):
    base_url = base_url.rstrip("/")
    created = (
        f"Demo content: created {report.pages} pages, {report.images} images, "
        f"{report.users} users and {report.authors} authors this run."
    )
    rows = [("Username", "Role", "Password")] + [(u.username, u.role, u.password) for u in DEMO_USERS]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    table = [
        "  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(
        [
            created,
            *(f"Warning: {warning}" for warning in report.warnings),
            "",
            f"  Site:            {base_url}/",
            f"  Admin:           {base_url}/admin/",
            f"  Glossary entry:  {base_url}/glossary/backend-software-development/",
            f"  API v2:          {base_url}/api/v2/pages/",
            f"  API v3 docs:     {base_url}/api/v3/docs/",
            f"  Front-end:       {frontend_url()}",
            "",
            "Demo users (for local development only; never use these passwords on a shared site):",
            *table,
        ]
    )


class Command(BaseCommand):
    help = (
        "Load the demo site: home, glossary and blog pages, authors, images and demo users. "
        "Safe to run again: it only adds what is missing and never changes existing content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=DEFAULT_BASE_URL,
            help=(
                "Where the site is served: the default Site's host and port, and the printed links "
                f"(default: {DEFAULT_BASE_URL})."
            ),
        )

    def handle(self, *args, base_url, verbosity, **options):
        level = logging.INFO if verbosity >= 2 else logging.WARNING
        with loggers_at(NOISY_LOGGERS, level):
            report = load_demo_content(base_url)
        self.stdout.write(banner(base_url, report))
