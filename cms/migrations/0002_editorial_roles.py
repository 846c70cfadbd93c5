from django.contrib.auth.management import create_permissions
from django.db import migrations

from cms.editorial.roles import ensure_editorial_setup


def create_roles(apps, schema_editor):
    # Django creates permissions after the last migration; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_editorial_tasks"),
        ("blog", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
