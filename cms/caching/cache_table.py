"""The database cache's table, made by every `migrate` so that a new site needs no other step."""

from django.core.management import call_command


def create_cache_table(using, verbosity, **kwargs):
    """post_migrate: `createcachetable` for the migrated database (it skips tables that exist)."""
    call_command("createcachetable", database=using, verbosity=verbosity)
