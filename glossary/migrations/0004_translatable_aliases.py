"""Aliases become translatable: each language's entry has its own, and wagtail-localize offers
them for translation. Each existing alias takes its entry's locale and a key of its own."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_each_alias_its_entrys_locale_and_a_key(apps, schema_editor):
    GlossaryAlias = apps.get_model("glossary", "GlossaryAlias")
    Page = apps.get_model("wagtailcore", "Page")
    locales = dict(Page.objects.filter(pk__in=GlossaryAlias.objects.values("page_id")).values_list("pk", "locale_id"))
    aliases = list(GlossaryAlias.objects.all())
    for alias in aliases:
        alias.locale_id = locales[alias.page_id]
        alias.translation_key = uuid.uuid4()
    GlossaryAlias.objects.bulk_update(aliases, ["locale", "translation_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0003_term_import"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="glossaryalias",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="glossaryalias",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(give_each_alias_its_entrys_locale_and_a_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="glossaryalias",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="glossaryalias",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="glossaryalias",
            unique_together={("translation_key", "locale")},
        ),
    ]
