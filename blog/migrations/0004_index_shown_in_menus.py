from django.db import migrations


def show_in_menus(apps, schema_editor):
    """The header's navigation now lists the pages shown in menus: the blog index stays in it.

    Its revisions too, so that the next edit, which starts from the latest revision, keeps it there.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")
    ids = list(BlogIndexPage.objects.values_list("pk", flat=True))
    BlogIndexPage.objects.filter(pk__in=ids).update(show_in_menus=True)
    content_type = ContentType.objects.filter(app_label="blog", model="blogindexpage").first()
    if content_type is None:
        return
    revisions = Revision.objects.filter(content_type=content_type, object_id__in=[str(pk) for pk in ids])
    for revision in revisions:
        revision.content["show_in_menus"] = True
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0003_blogpage_link_glossary_terms"),
    ]

    operations = [migrations.RunPython(show_in_menus, migrations.RunPython.noop)]
