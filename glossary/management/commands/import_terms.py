import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from glossary.term_files import FORMATS, ImportNotAllowed, TermFileError, apply_import, plan_import, read_terms


class Command(BaseCommand):
    help = "Import glossary terms from a CSV, JSON or JSON-LD file: a dry run unless --confirm is given."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", default="auto", choices=["auto", *FORMATS])
        parser.add_argument("--user", required=True, help="The username the import is made as.")
        parser.add_argument("--confirm", action="store_true", help="Write the entries (otherwise only report).")
        parser.add_argument("--submit", action="store_true", help="Submit every written entry for review.")
        parser.add_argument("--publish", action="store_true", help="Publish every written entry (superusers only).")

    def handle(self, *args, **options):
        try:
            user = get_user_model().objects.get(username=options["user"])
        except get_user_model().DoesNotExist as error:
            raise CommandError(f'There is no user "{options["user"]}".') from error
        path = Path(options["file"])
        try:
            with path.open("rb") as source:
                terms_file = read_terms(source, path.name, options["format"])
            plan = plan_import(terms_file, user)
        except (OSError, TermFileError, ImportNotAllowed) as error:
            raise CommandError(str(error)) from error
        for row in plan.rows:
            self.stdout.write(str(row))
        counts = plan.counts
        summary = ", ".join(f"{counts[action]} {action}" for action in counts)
        if not options["confirm"]:
            self.stdout.write(f"Dry run: {summary}. Nothing was written; add --confirm to import.")
            return
        try:
            result = apply_import(
                plan, submit=options["submit"], publish=options["publish"], progress=progress_reporter()
            )
        except ImportNotAllowed as error:
            raise CommandError(str(error)) from error
        extra = ""
        if options["submit"]:
            extra = f"; {result.submitted} submitted for review"
        if options["publish"]:
            extra = f"; {result.published} published"
        self.stdout.write(f"Imported: {summary}{extra}.")


def progress_reporter():
    """tqdm's progress bar when it is installed, else a counter rewritten in place on stderr."""
    try:
        from tqdm import tqdm
    except ImportError:
        return counter

    bar = None

    def advance(done, total):
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="term", file=sys.stderr)
        bar.update(done - bar.n)
        if done == total:
            bar.close()

    return advance


def counter(done, total):
    sys.stderr.write(f"\rWriting terms: {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
