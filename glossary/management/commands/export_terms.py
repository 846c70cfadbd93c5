from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from glossary.term_files import FORMATS, ImportNotAllowed, export_terms


class Command(BaseCommand):
    help = "Export the glossary's live entries (or their latest revisions) as CSV, JSON or JSON-LD."

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=FORMATS)
        parser.add_argument("--output", help="The file to write (standard output without it).")
        parser.add_argument(
            "--latest-revisions", action="store_true", help="Export every entry's latest revision, drafts included."
        )

    def handle(self, *args, **options):
        try:
            text = export_terms(options["format"], latest_revisions=options["latest_revisions"])
        except ImportNotAllowed as error:
            raise CommandError(str(error)) from error
        if options["output"]:
            Path(options["output"]).write_text(text, encoding="utf-8", newline="")
        else:
            self.stdout.write(text, ending="")
