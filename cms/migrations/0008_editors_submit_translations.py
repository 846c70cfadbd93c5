from django.db import migrations

from cms.editorial.roles import ensure_editorial_setup


def apply_declared_roles(apps, schema_editor):
    # Editors and Reviewers gain wagtail-localize's `submit_translation`.
    ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0007_queued_tasks_follow_their_modules"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(apply_declared_roles, migrations.RunPython.noop)]
