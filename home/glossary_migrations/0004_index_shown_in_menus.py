from django.db import migrations


def show_in_menus(apps, schema_editor):
    """The header's navigation now lists the pages shown in menus: the glossary index stays in it.

    Its revisions too, so that the next edit, which starts from the latest revision, keeps it there.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    GlossaryIndexPage = apps.get_model("glossary", "GlossaryIndexPage")
    ids = list(GlossaryIndexPage.objects.values_list("pk", flat=True))
    GlossaryIndexPage.objects.filter(pk__in=ids).update(show_in_menus=True)
    content_type = ContentType.objects.filter(app_label="glossary", model="glossaryindexpage").first()
    if content_type is None:
        return
    revisions = Revision.objects.filter(content_type=content_type, object_id__in=[str(pk) for pk in ids])
    for revision in revisions:
        revision.content["show_in_menus"] = True
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0003_definition_heading_help_text"),
    ]

    operations = [migrations.RunPython(show_in_menus, migrations.RunPython.noop)]
