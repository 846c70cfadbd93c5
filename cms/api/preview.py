"""Draft preview for the decoupled front-end, by the token wagtail-headless-preview issues.

An editor's "Preview" stores the draft (wagtail-headless-preview's PagePreview) and sends
the browser to the front-end with `?content_type=<app.model>&token=<token>`; the front-end
reads the draft here, shaped exactly like the pages endpoint's detail. The package's tokens
never expire on their own: this endpoint refuses them after HEADLESS_PREVIEW_MAX_AGE
seconds, and publishing a page deletes its previews, so a link cannot show a stale draft.
"""

from rest_framework import status
from rest_framework.response import Response

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired
from django.http import Http404
from django.urls import path

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from cms.api.guards import QueryGuardMixin
from cms.api.locales import LocalizedPageSerializer


class PreviewExpired(Exception):
    pass


class PagePreviewAPIViewSet(QueryGuardMixin, PagesAPIViewSet):
    base_serializer_class = LocalizedPageSerializer
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["content_type", "token"])
    # A new page's draft has no id yet, so no detail URL either.
    meta_fields = [name for name in PagesAPIViewSet.meta_fields if name != "detail_url"]

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="preview")]

    def preview_view(self, request):
        self.action = "detail_view"  # serialize every detail field, as the pages endpoint does
        self.check_query_parameters(self.get_queryset())
        serializer = self.get_serializer(self.get_object())
        return Response(serializer.data)

    def finalize_response(self, request, response, *args, **kwargs):
        """Drafts and refusals alike: never kept by a browser or a shared cache."""
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response

    def get_object(self):
        model = self._page_model(self.request.GET.get("content_type", ""))
        token = self.request.GET.get("token", "")
        try:
            model.get_preview_signer().unsign(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
        except SignatureExpired as error:
            raise PreviewExpired("This preview has expired: open the preview from the editor again.") from error
        except BadSignature as error:
            raise BadRequestError("The preview token is not valid.") from error
        page = model.get_page_from_preview_token(token)
        if page is None:
            raise Http404("No preview for this token and content type: the page may have been published since.")
        return page

    @staticmethod
    def _page_model(content_type):
        app_label, _dot, model_name = content_type.partition(".")
        try:
            model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
        except ContentType.DoesNotExist:
            model = None
        if model is None or not issubclass(model, HeadlessPreviewMixin):
            raise BadRequestError("content_type must name a page type, e.g. glossary.glossarypage")
        return model

    def handle_exception(self, exc):
        if isinstance(exc, PreviewExpired):
            return Response({"message": str(exc)}, status=status.HTTP_410_GONE)
        return super().handle_exception(exc)


def forget_previews(sender, instance, **kwargs):
    """Once a page is published, links to its earlier previews stop working."""
    PagePreview.objects.filter(token__startswith=f"id={instance.pk}:").delete()
