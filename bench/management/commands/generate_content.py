"""`manage.py generate_content`: thousands of live entries and articles, the benchmark's dataset."""

import time

from django.core.management.base import BaseCommand, CommandError

from bench import generated
from bench.bulk import BulkWriter
from cms.management.commands.load_demo_content import DEFAULT_BASE_URL, NOISY_LOGGERS, loggers_at

BAR_WIDTH = 30


class ProgressBar:
    """One line per stage on stderr, redrawn in place, so a log file keeps only the last state."""

    def __init__(self, stream, enabled=True):
        self.stream = stream
        self.enabled = enabled
        self.label = None

    def __call__(self, label, done, total):
        if not self.enabled:
            return
        if label != self.label and self.label is not None:
            self.stream.write("\n", ending="")
        self.label = label
        filled = BAR_WIDTH * done // max(total, 1)
        self.stream.write(f"\r{label:<30} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
        self.stream.flush()

    def close(self):
        if self.label is not None:
            self.stream.write("\n", ending="")


class Command(BaseCommand):
    help = (
        "Generate live glossary entries and blog articles with every block kind, related terms, aliases, "
        "tags and images, under the existing glossary and blog (the demo site is loaded first when they are "
        "missing). The same --seed gives the same content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--terms", type=int, default=5000, help="Glossary entries to add (default: 5000).")
        parser.add_argument("--articles", type=int, default=1000, help="Blog articles to add (default: 1000).")
        parser.add_argument("--seed", type=int, default=1, help="Seed of the generator (default: 1).")
        parser.add_argument("--base-url", default=DEFAULT_BASE_URL, help="Used only if the demo site must be loaded.")
        parser.add_argument("--no-progress", action="store_true", help="Do not draw progress bars on stderr.")

    def handle(self, *args, terms, articles, seed, base_url, no_progress, **options):
        if terms < 1 or articles < 0:
            raise CommandError("--terms must be at least 1 and --articles at least 0.")
        started = time.monotonic()
        try:
            term_specs, article_specs = generated.build(seed, terms, articles)
        except ValueError as error:
            raise CommandError(str(error)) from error
        progress = ProgressBar(self.stderr, enabled=not no_progress)
        with loggers_at(NOISY_LOGGERS, "WARNING"):
            BulkWriter(seed, progress).run(term_specs, article_specs, base_url)
        progress.close()
        self.stdout.write(
            f"Generated {terms} glossary entries and {articles} articles (seed {seed}) "
            f"in {time.monotonic() - started:.1f}s."
        )
