"""The "Broken links" report: live pages whose rich text links to a page that is no longer live.

The links are Wagtail's reference index rows from a page's rich text and StreamFields to
another page. When a page is deleted, Wagtail removes the rows that point to it; the pages
that linked to it are indexed again once the deletion has committed (`reindex_linking_pages`),
which records their links to the now missing page, as `rebuild_references_index` would.
"""

from functools import cached_property, partial

import django_filters

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex, get_page_content_types, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

PAGE_POLICY = PagePermissionPolicy()
UNPUBLISHED = "unpublished"
DELETED = "deleted"


def page_ids_as_text(pages):
    """The ids of `pages` as the reference index stores them (text), for a subquery."""
    return pages.annotate(id_text=Cast("pk", output_field=CharField())).values("id_text")


def from_rich_text():
    """Reference index rows found in a page type's rich text or StreamFields."""
    condition = Q(pk__in=[])
    for model in get_page_models():
        names = [field.name for field in model._meta.get_fields() if isinstance(field, RichTextField | StreamField)]
        if not names:
            continue
        in_fields = Q(model_path__in=names)
        for name in names:
            in_fields |= Q(model_path__startswith=f"{name}.")
        condition |= Q(content_type=ContentType.objects.get_for_model(model)) & in_fields
    return condition


def broken_links(user):
    """Links from the live pages the user may edit to pages that are not live or no longer exist,
    by the linking page's title, then where in it."""
    page_type = ContentType.objects.get_for_model(Page)
    editable_live = Page.objects.live().filter(pk__in=PAGE_POLICY.instances_user_has_permission_for(user, "change"))
    return (
        ReferenceIndex.objects.filter(
            from_rich_text(),
            base_content_type=page_type,
            to_content_type=page_type,
            object_id__in=page_ids_as_text(editable_live),
        )
        .exclude(to_object_id__in=page_ids_as_text(Page.objects.live()))
        .annotate(
            page_title=Subquery(
                Page.objects.filter(pk=Cast(OuterRef("object_id"), output_field=IntegerField())).values("title")[:1]
            )
        )
        .select_related("content_type")
        .order_by("page_title", "object_id", "model_path", Cast("to_object_id", output_field=IntegerField()))
    )


class TargetFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if value == UNPUBLISHED:
            return queryset.filter(to_object_id__in=page_ids_as_text(Page.objects.all()))
        if value == DELETED:
            return queryset.exclude(to_object_id__in=page_ids_as_text(Page.objects.all()))
        return queryset


class BrokenLinksFilterSet(WagtailFilterSet):
    target = TargetFilter(
        label=_("Links to"),
        choices=[(UNPUBLISHED, _("An unpublished page")), (DELETED, _("A deleted page"))],
        empty_label=_("Any page that is not live"),
    )
    content_type = ContentTypeFilter(
        label=_("Page type"), queryset=lambda request: get_page_content_types(include_base_page_type=False)
    )

    class Meta:
        model = ReferenceIndex
        fields = ["target", "content_type"]


def target_label(link):
    if link.target is None:
        return _("deleted page #%(id)s") % {"id": link.to_object_id}
    return f"{link.target.title} ({link.target.status_string})"


class BrokenLinksView(ReportView):
    page_title = _("Broken links")
    header_icon = "link-external"
    filterset_class = BrokenLinksFilterSet
    index_url_name = "cms_reports:broken_links"
    index_results_url_name = "cms_reports:broken_links_results"
    model = ReferenceIndex
    any_permission_required = ["change"]
    export_filename = "broken-links"
    columns = [
        TitleColumn(
            "page_title",
            label=_("Page"),
            get_url=lambda link: reverse("wagtailadmin_pages:edit", args=(link.object_id,)),
        ),
        Column("target_label", label=_("Links to")),
        Column("where", label=_("Where")),
    ]
    list_export = ["page_title", "target_label", "where"]
    export_headings = {"page_title": _("Page"), "target_label": _("Links to"), "where": _("Where")}

    @cached_property
    def permission_policy(self):
        return PAGE_POLICY

    def get_page_subtitle(self):
        return _("Live pages whose rich text links to a page that is unpublished or deleted")

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        self.queryset = broken_links(self.request.user)
        return super().get_queryset()

    def decorate_paginated_queryset(self, links):
        links = list(links)
        targets = (
            Page.objects.annotate_approved_schedule()
            .prefetch_workflow_states()
            .in_bulk({int(link.to_object_id) for link in links})
        )
        for link in links:
            link.target = targets.get(int(link.to_object_id))
            link.target_label = target_label(link)
            link.where = link.describe_source_field()
        return links


def reindex_pages(page_ids):
    for page in Page.objects.filter(pk__in=page_ids).specific():
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(page)


def reindex_linking_pages(sender, instance, **kwargs):
    """Before a page is deleted: index the pages that link to it again once the deletion commits."""
    linking = set(
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .exclude(object_id=str(instance.pk))
        .values_list("object_id", flat=True)
    )
    if linking:
        transaction.on_commit(partial(reindex_pages, [int(page_id) for page_id in linking]))
