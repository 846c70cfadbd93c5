"""The glossary's reports in Wagtail's Reports menu: entries due for review, and where each entry is used.

Both list the entries the user may edit, and export as CSV or XLSX (Wagtail's list export).
"""

import datetime
from functools import cached_property

import django_filters

from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, LiveStatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import conf
from .models import GlossaryPage
from .term_usage import links_by_entry, tooltips_by_entry

PAGE_POLICY = PagePermissionPolicy()


def review_after_days():
    return conf.setting("GLOSSARY_REVIEW_AFTER_DAYS")


def review_due_before():
    """Entries last reviewed before this date are due for review."""
    return timezone.localdate() - datetime.timedelta(days=review_after_days())


def editable_entries(user):
    """The entries the user may edit (every one for a superuser), with what their status needs."""
    return (
        GlossaryPage.objects.filter(pk__in=PAGE_POLICY.instances_user_has_permission_for(user, "change"))
        .annotate_approved_schedule()
        .prefetch_workflow_states()
    )


def due_for_review(user):
    """Entries the user may edit that were never reviewed or were last reviewed too long ago,
    the longest overdue first (never reviewed before all)."""
    overdue = Q(last_reviewed__lt=review_due_before()) | Q(last_reviewed__isnull=True)
    return editable_entries(user).filter(overdue).order_by(F("last_reviewed").asc(nulls_first=True), "title", "pk")


def admin_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


class EntryReportView(ReportView):
    """What both reports share: the entries the user may edit, as Wagtail's page reports check it."""

    model = GlossaryPage
    any_permission_required = ["change"]
    header_icon = "doc-full"

    @cached_property
    def permission_policy(self):
        return PAGE_POLICY

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate().isoformat()}"


class DueForReviewFilterSet(WagtailFilterSet):
    live = django_filters.BooleanFilter(label=_("Published"))
    never_reviewed = django_filters.BooleanFilter(
        label=_("Never reviewed"), field_name="last_reviewed", lookup_expr="isnull"
    )
    reviewed_before = django_filters.DateFilter(
        label=_("Last reviewed before"), field_name="last_reviewed", lookup_expr="lt", widget=AdminDateInput
    )

    class Meta:
        model = GlossaryPage
        fields = ["live", "never_reviewed", "reviewed_before"]


class ReviewDateColumn(Column):
    def get_value(self, instance):
        return super().get_value(instance) or _("Never")


class DueForReviewView(EntryReportView):
    page_title = _("Due for review")
    header_icon = "time"
    filterset_class = DueForReviewFilterSet
    index_url_name = "glossary_reports:due_for_review"
    index_results_url_name = "glossary_reports:due_for_review_results"
    export_filename = "glossary-due-for-review"
    columns = [
        TitleColumn("title", label=_("Entry"), get_url=admin_edit_url),
        ReviewDateColumn("last_reviewed", label=_("Last reviewed")),
        LiveStatusTagColumn(sort_key=None),
        DateColumn("latest_revision_created_at", label=_("Latest change")),
    ]
    list_export = ["title", "last_reviewed", "status_string", "latest_revision_created_at"]
    export_headings = {
        "title": _("Entry"),
        "last_reviewed": _("Last reviewed"),
        "status_string": _("Status"),
        "latest_revision_created_at": _("Latest change"),
    }

    def get_page_subtitle(self):
        days = review_after_days()
        return ngettext(
            "Never reviewed, or last reviewed more than %(days)d day ago",
            "Never reviewed, or last reviewed more than %(days)d days ago",
            days,
        ) % {"days": days}

    def get_queryset(self):
        self.queryset = due_for_review(self.request.user)
        return super().get_queryset()


def uses_text(uses):
    return "; ".join(str(use) for use in uses)


class UsesColumn(Column):
    cell_template_name = "glossary/admin/uses_cell.html"


class TermUsageFilterSet(WagtailFilterSet):
    live = django_filters.BooleanFilter(label=_("Published"))
    unused = django_filters.BooleanFilter(label=_("Not linked from anywhere"), method="filter_unused")

    class Meta:
        model = GlossaryPage
        fields = ["live", "unused"]

    def __init__(self, *args, links, **kwargs):
        super().__init__(*args, **kwargs)
        self.links = links

    def filter_unused(self, queryset, name, value):
        """By links alone: tooltips are looked up only for the entries a page of results shows."""
        linked = {term_id for term_id, uses in self.links.items() if uses}
        return queryset.exclude(pk__in=linked) if value else queryset.filter(pk__in=linked)


class TermUsageView(EntryReportView):
    page_title = _("Term usage")
    results_template_name = "glossary/admin/term_usage_results.html"
    header_icon = "link"
    filterset_class = TermUsageFilterSet
    index_url_name = "glossary_reports:term_usage"
    index_results_url_name = "glossary_reports:term_usage_results"
    export_filename = "glossary-term-usage"
    columns = [
        TitleColumn("title", label=_("Entry"), get_url=admin_edit_url),
        LiveStatusTagColumn(sort_key=None),
        UsesColumn("linked_from", label=_("Linked from")),
        UsesColumn("tooltipped_on", label=_("Tooltip on")),
    ]
    list_export = ["title", "status_string", "linked_from", "tooltipped_on"]
    export_headings = {
        "title": _("Entry"),
        "status_string": _("Status"),
        "linked_from": _("Linked from"),
        "tooltipped_on": _("Tooltip on"),
    }

    custom_field_preprocess = {
        name: {ReportView.FORMAT_CSV: uses_text, ReportView.FORMAT_XLSX: uses_text}
        for name in ("linked_from", "tooltipped_on")
    }

    def get_page_subtitle(self):
        return _("Where each entry is linked from, and where term linking gives it a tooltip")

    @cached_property
    def links(self):
        return links_by_entry()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "links": self.links}

    def get_queryset(self):
        self.queryset = editable_entries(self.request.user).order_by("title", "pk")
        return super().get_queryset()

    def decorate_paginated_queryset(self, entries):
        """Tooltips for the entries of the page shown, or for every entry in one pass for an export."""
        entries = list(entries)
        tooltips = tooltips_by_entry([entry.pk for entry in entries])
        for entry in entries:
            entry.linked_from = self.links.get(entry.pk, [])
            entry.tooltipped_on = tooltips.get(entry.pk, [])
        return entries
