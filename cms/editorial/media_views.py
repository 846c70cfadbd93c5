"""The admin's image and document delete views and bulk delete actions, saying why a deletion
is refused."""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail.documents.views.bulk_actions.delete import DeleteBulkAction as DocumentBulkDeleteAction
from wagtail.documents.views.documents import DeleteView as DocumentDeleteView
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageBulkDeleteAction
from wagtail.images.views.images import DeleteView as ImageDeleteView

from cms.editorial.media_permissions import deletion_refusal


class ExplainRefusalMixin:
    """Wagtail's delete views answer a refusal with only "no permission", on the dashboard."""

    def dispatch(self, request, *args, **kwargs):
        if refusal := deletion_refusal(request.user, self.object):
            messages.error(request, refusal)
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)


class ImageDelete(ExplainRefusalMixin, ImageDeleteView):
    pass


class DocumentDelete(ExplainRefusalMixin, DocumentDeleteView):
    pass


class ExplainBulkRefusalMixin:
    """Wagtail's confirmation lists the files it will not delete only as "no permission"."""

    template_name = "cms/media/confirm_bulk_delete.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for entry in context["items_with_no_access"]:
            entry["refusal"] = deletion_refusal(self.request.user, entry["item"])
        context["wagtail_template"] = super().template_name
        return context


class ImageBulkDelete(ExplainBulkRefusalMixin, ImageBulkDeleteAction):
    pass


class DocumentBulkDelete(ExplainBulkRefusalMixin, DocumentBulkDeleteAction):
    pass
