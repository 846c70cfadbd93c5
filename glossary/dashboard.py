"""The dashboard's "Due for review" panel: the entries most overdue for review, with a link to the report."""

from wagtail.admin.ui.components import Component

from .reports import PAGE_POLICY, due_for_review, review_after_days

DASHBOARD_ENTRIES = 5


class DueForReviewPanel(Component):
    name = "glossary_due_for_review"
    template_name = "glossary/admin/due_for_review_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        due = due_for_review(parent_context["request"].user)
        context["entries"] = list(due[:DASHBOARD_ENTRIES])
        context["due_count"] = due.count()
        context["review_after_days"] = review_after_days()
        return context


def add_due_for_review_panel(request, panels):
    if PAGE_POLICY.user_has_permission(request.user, "change"):
        panels.append(DueForReviewPanel())
