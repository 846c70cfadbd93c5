"""The admin's image and document delete views, saying why a deletion is refused."""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail.documents.views.documents import DeleteView as DocumentDeleteView
from wagtail.images.views.images import DeleteView as ImageDeleteView

from .media_permissions import deletion_refusal


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
