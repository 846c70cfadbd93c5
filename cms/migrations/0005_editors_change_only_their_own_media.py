from django.db import migrations

from cms.editorial.roles import ensure_editorial_setup


def apply_declared_roles(apps, schema_editor):
    # Editors and Reviewers lose `change_image` and `change_document` (they keep `add_*`,
    # which lets them change and delete what they uploaded).
    ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_search_title_body_index")]

    operations = [migrations.RunPython(apply_declared_roles, migrations.RunPython.noop)]
