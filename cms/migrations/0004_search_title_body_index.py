"""A GIN index on the expression Wagtail's database search backend matches on PostgreSQL.

The backend searches `(title || body) @@ to_tsquery(...)`; its own GIN indexes are on
`title` and `body` apart, which that expression cannot use, so every search read every index
entry: about a second at 6,000 pages. With this index a search reads only the matching
entries. Built CONCURRENTLY, so a deploy does not lock the table. SQLite (the demo) has none.
"""

from django.db import migrations

INDEX = "cms_search_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("cms", "0003_webhooks"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
