"""The admin's Import terms views: upload and dry run, confirm, progress and result, approval, export."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from glossary import conf
from glossary.term_files import FORMATS, ImportNotAllowed, export_terms

from . import approvals
from .forms import ConfirmForm, UploadForm
from .models import TermImport
from .running import record_dry_run, runs_in_background, stored_plan, write_import
from .tasks import approve_term_import, write_term_import

RECENT_IMPORTS = 20
# A dry run nobody confirmed is deleted, with its stored file, at the next upload after this long.
UNCONFIRMED_KEPT_FOR = datetime.timedelta(days=1)
ENTRIES_PER_PAGE = 100
EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "jsonld": ("application/ld+json", "jsonld"),
}


def glossary_index_page():
    from glossary.models import GlossaryIndexPage

    return GlossaryIndexPage.objects.first()


def may_import(user):
    """Whoever may add entries to the glossary or edit it: editors, reviewers, superusers."""
    index = glossary_index_page()
    if index is None or not user.is_authenticated:
        return False
    permissions = index.permissions_for_user(user)
    return permissions.can_add_subpage() or permissions.can_edit()


class ImportPermissionMixin:
    def check_import_permission(self, request):
        if not may_import(request.user):
            raise PermissionDenied

    def dispatch(self, request, *args, **kwargs):
        self.check_import_permission(request)
        return super().dispatch(request, *args, **kwargs)


class ImportTemplateView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "upload"
    page_title = _("Import terms")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": reverse("glossary_import:index"), "label": _("Import terms")}]


class ImportIndexView(ImportTemplateView):
    """The upload form, the export links and the recent imports; a valid upload is stored with its
    dry run, and nothing else is written."""

    template_name = "glossary/admin/import_index.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Import terms")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm(user=self.request.user))
        context["exports"] = [
            (label, reverse("glossary_import:export", args=[file_format]))
            for file_format, label in zip(FORMATS, ("CSV", "JSON", "JSON-LD"), strict=True)
        ]
        context["recent_imports"] = TermImport.objects.select_related("user")[:RECENT_IMPORTS]
        return context

    def post(self, request):
        form = UploadForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        TermImport.objects.filter(
            status=TermImport.PLANNED, created_at__lt=timezone.now() - UNCONFIRMED_KEPT_FOR
        ).delete()
        term_import = TermImport(
            user=request.user,
            file_name=form.cleaned_data["file"].name,
            file_format=form.plan.file_format,
            data=form.data_bytes,
        )
        record_dry_run(term_import, form.plan)
        term_import.save()
        return redirect("glossary_import:dry_run", term_import.pk)


class DryRunView(ImportTemplateView):
    """The dry run of the user's own upload and the confirm form. At confirm the file is planned
    again: if the outcome differs from the dry run shown, the new one is shown and nothing written."""

    template_name = "glossary/admin/import_dry_run.html"

    def dispatch(self, request, *args, pk, **kwargs):
        self.check_import_permission(request)
        self.term_import = get_object_or_404(TermImport, pk=pk, user=request.user)
        if self.term_import.status != TermImport.PLANNED:
            return redirect("glossary_import:status", pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return _("Dry run of %(file_name)s") % {"file_name": self.term_import.file_name}

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_subtitle()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ConfirmForm(user=self.request.user))
        context["term_import"] = self.term_import
        context["to_write"] = self.term_import.counts["created"] + self.term_import.counts["updated"]
        context["changed"] = self.term_import.result.get("changed", False)
        return context

    def get(self, request):
        return self.render_to_response(self.get_context_data())

    def post(self, request):
        term_import = self.term_import
        form = ConfirmForm(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        plan = stored_plan(term_import, request.user)
        seen = term_import.dry_run
        record_dry_run(term_import, plan)
        if term_import.dry_run != seen:
            term_import.result = {"changed": True}
            term_import.save()
            return self.render_to_response(self.get_context_data(form=form))
        term_import.submit = form.cleaned_data["submit_for_review"]
        term_import.publish = form.cleaned_data.get("publish", False)
        term_import.result = {}
        if runs_in_background(plan):
            term_import.status = TermImport.QUEUED
            term_import.progress_total = len(plan.rows_to_write)
            term_import.save()
            write_term_import.enqueue(term_import.pk)
        else:
            write_import(term_import, plan)
        return redirect("glossary_import:status", term_import.pk)


class StatusView(ImportTemplateView):
    """An import's progress while the task worker writes it (the page reloads itself), then its result."""

    template_name = "glossary/admin/import_status.html"
    refresh_seconds = 2

    def dispatch(self, request, *args, pk, **kwargs):
        self.check_import_permission(request)
        self.term_import = get_object_or_404(TermImport.objects.select_related("user"), pk=pk)
        if self.term_import.status == TermImport.PLANNED and self.term_import.user_id == request.user.pk:
            return redirect("glossary_import:dry_run", pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.term_import.file_name

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.term_import.file_name}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        term_import = self.term_import
        context["term_import"] = term_import
        writing_or_approving = term_import.is_writing or term_import.is_approving
        context["refresh_seconds"] = self.refresh_seconds if writing_or_approving else None
        if term_import.status == TermImport.DONE:
            entries = approvals.imported_entries(term_import)
            entries_page = Paginator(entries, ENTRIES_PER_PAGE).get_page(self.request.GET.get("p"))
            context["entries_page"] = entries_page
            context["elided_page_range"] = entries_page.paginator.get_elided_page_range(entries_page.number)
            context["in_review"] = len(approvals.submissions(entries))
            context["approvable"] = len(approvals.approvable(entries, self.request.user))
        return context


class ApproveAllView(ImportPermissionMixin, View):
    """Approve each of the import's submissions the user may approve (in the task worker when they
    are many); the status page then says how many were approved and why any were not."""

    def post(self, request, pk):
        term_import = get_object_or_404(TermImport, pk=pk, status=TermImport.DONE)
        if term_import.is_approving:
            return redirect("glossary_import:status", pk)
        count = len(approvals.approvable(approvals.imported_entries(term_import), request.user))
        if not count:
            raise PermissionDenied
        if count > conf.setting("GLOSSARY_IMPORT_BACKGROUND_ROWS"):
            term_import.approver = request.user
            term_import.approval_status = TermImport.QUEUED
            term_import.approval_done = 0
            term_import.approval_total = count
            term_import.approval_result = {}
            term_import.save()
            approve_term_import.enqueue(term_import.pk)
        else:
            approvals.approve_all(term_import, request.user)
        return redirect("glossary_import:status", pk)


class ExportView(ImportPermissionMixin, View):
    """The live glossary (or with ?latest=1 every entry's latest revision) as a file to download."""

    def get(self, request, file_format):
        if file_format not in EXPORT_TYPES:
            raise Http404
        latest = request.GET.get("latest") == "1"
        try:
            text = export_terms(file_format, latest_revisions=latest, request=request)
        except ImportNotAllowed as refusal:
            messages.error(request, str(refusal))
            return redirect("glossary_import:index")
        content_type, extension = EXPORT_TYPES[file_format]
        name = f"glossary-{'latest' if latest else 'live'}.{extension}"
        response = HttpResponse(text, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
