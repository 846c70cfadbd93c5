"""The header's navigation lists the pages shown in menus: the glossary index is one, new or existing."""

from importlib import import_module

from django.apps import apps

from glossary.models import GlossaryIndexPage

show_in_menus = import_module("home.glossary_migrations.0004_index_shown_in_menus").show_in_menus


def test_a_new_index_is_shown_in_menus(tree):
    assert GlossaryIndexPage.objects.get().show_in_menus is True


def test_the_migration_shows_an_existing_index_and_its_revisions_in_menus(tree):
    index = tree.glossary
    index.show_in_menus = False
    index.save_revision().publish()

    show_in_menus(apps, schema_editor=None)

    index.refresh_from_db()
    assert index.show_in_menus is True
    assert index.get_latest_revision().content["show_in_menus"] is True
