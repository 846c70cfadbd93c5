"""The glossary's admin: its reports in the Reports menu, the dashboard's "Due for review" panel,
the "Mark as reviewed today" bulk action, "Import terms", and the audit log's labels."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from .admin_imports import urls as import_urls
from .admin_imports.views import may_import
from .bulk_actions import MARK_REVIEWED, MarkReviewedBulkAction
from .dashboard import add_due_for_review_panel
from .reports import PAGE_POLICY, DueForReviewView, TermUsageView
from .term_files.imports import IMPORT_ACTION


class EntryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PAGE_POLICY.user_has_permission(request.user, "change")


report_urls = (
    [
        path("due-for-review/", DueForReviewView.as_view(), name="due_for_review"),
        path("due-for-review/results/", DueForReviewView.as_view(results_only=True), name="due_for_review_results"),
        path("term-usage/", TermUsageView.as_view(), name="term_usage"),
        path("term-usage/results/", TermUsageView.as_view(results_only=True), name="term_usage_results"),
    ],
    "glossary_reports",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/glossary/", include(report_urls))]


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return EntryReportMenuItem(
        _("Due for review"),
        reverse("glossary_reports:due_for_review"),
        name="glossary-due-for-review",
        icon_name="time",
    )


@hooks.register("register_reports_menu_item")
def register_term_usage_menu_item():
    return EntryReportMenuItem(
        _("Term usage"), reverse("glossary_reports:term_usage"), name="glossary-term-usage", icon_name="link"
    )


hooks.register("construct_homepage_panels", add_due_for_review_panel)
hooks.register("register_bulk_action", MarkReviewedBulkAction)


@hooks.register("register_log_actions")
def register_mark_reviewed_log_action(actions):
    actions.register_action(MARK_REVIEWED, _("Mark as reviewed"), _("Marked as reviewed today"))


@hooks.register("register_log_actions")
def register_import_action(actions):
    @actions.register_action(IMPORT_ACTION)
    class ImportTerms(LogFormatter):
        label = _("Import terms")

        def format_message(self, log_entry):
            data = log_entry.data
            return _(
                'Imported terms from "%(file_name)s": %(created)s created, %(updated)s updated, '
                "%(unchanged)s unchanged, %(refused)s refused"
            ) % {name: data[name] for name in ("file_name", "created", "updated", "unchanged", "refused")}


class ImportTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("glossary-import/", include(import_urls, namespace="glossary_import"))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportTermsMenuItem("Import terms", reverse("glossary_import:index"), icon_name="upload", order=250)
