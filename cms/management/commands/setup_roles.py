"""`manage.py setup_roles`: put the editorial groups, permissions and workflow back as declared."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from cms.editorial.roles import EDITORS, REVIEWERS, WORKFLOW_NAME, ensure_editorial_setup


class Command(BaseCommand):
    help = "Create or reset the Editors and Reviewers groups and the Editorial review workflow."

    def handle(self, *args, **options):
        with transaction.atomic():
            ensure_editorial_setup(apps)
        self.stdout.write(f'Groups "{EDITORS}" and "{REVIEWERS}" and workflow "{WORKFLOW_NAME}" are set up.')
