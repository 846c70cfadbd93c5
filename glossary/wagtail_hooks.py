from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .term_files.imports import IMPORT_ACTION


@hooks.register("register_log_actions")
def register_import_action(actions):
    @actions.register_action(IMPORT_ACTION)
    class ImportTerms(LogFormatter):
        label = "Import terms"

        def format_message(self, log_entry):
            data = log_entry.data
            return (
                f'Imported terms from "{data["file_name"]}": {data["created"]} created, {data["updated"]} updated, '
                f"{data['unchanged']} unchanged, {data['refused']} refused"
            )


# The admin's Import terms view (glossary.admin_imports).


@hooks.register("register_admin_urls")
def register_import_urls():
    from django.urls import include, path

    from .admin_imports import urls

    return [path("glossary-import/", include(urls, namespace="glossary_import"))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from django.urls import reverse

    from wagtail.admin.menu import MenuItem

    from .admin_imports.views import may_import

    class ImportTermsMenuItem(MenuItem):
        def is_shown(self, request):
            return may_import(request.user)

    return ImportTermsMenuItem("Import terms", reverse("glossary_import:index"), icon_name="upload", order=250)
