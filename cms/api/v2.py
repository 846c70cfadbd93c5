"""The two JSON APIs: v2 (Wagtail's DRF API) at /api/v2/ and v3 (django-ninja) at /api/v3/.

Both read the `api_fields` the page models declare, and both show anonymous callers only
live pages outside view restrictions. v2 adds the filters a front-end needs (`letter`,
`tag`) and the draft preview by token; v3's additions are in cms/api/v3.py.
"""

from django.core.exceptions import ObjectDoesNotExist

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.contrib.redirects.api.v2 import RedirectsAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from blog.models import BlogPage
from cms.api.guards import QueryGuardMixin
from cms.api.preview import PagePreviewAPIViewSet
from glossary.models import IDS_BY_LETTER, LETTERS


class PagesViewSet(QueryGuardMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint plus `letter` (glossary A-Z) and `tag` (blog, by slug)."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["letter", "tag"])

    def get_queryset(self):
        queryset = super().get_queryset()
        if "letter" in self.request.GET:
            letter = self.request.GET["letter"].upper()
            if letter not in LETTERS:
                raise BadRequestError("letter must be one letter from A to Z, or 0-9")
            queryset = queryset.filter(pk__in=IDS_BY_LETTER.get().get(letter, []))
        if "tag" in self.request.GET:
            queryset = queryset.filter(pk__in=BlogPage.objects.filter(tags__slug=self.request.GET["tag"]).values("pk"))
        return queryset

    def paginate_queryset(self, queryset):
        """The listed pages, with what their fields read fetched for all of them at once."""
        pages = list(super().paginate_queryset(queryset))
        for model in {type(page) for page in pages}:
            if hasattr(model, "prefetch_for_listing"):
                model.prefetch_for_listing([page for page in pages if type(page) is model])
        return pages

    def find_object(self, queryset, request):
        # With `type`, an unknown id raises the type's DoesNotExist, which is not Page's (their
        # base, BasePage, is abstract), so Wagtail's find view would answer 500 instead of 404.
        try:
            return super().find_object(queryset, request)
        except ObjectDoesNotExist:
            return None


class ImagesViewSet(QueryGuardMixin, ImagesAPIViewSet):
    pass


class DocumentsViewSet(QueryGuardMixin, DocumentsAPIViewSet):
    pass


class RedirectsViewSet(QueryGuardMixin, RedirectsAPIViewSet):
    pass


api_v2 = WagtailAPIRouter("wagtailapi_v2")
api_v2.register_endpoint("pages", PagesViewSet)
api_v2.register_endpoint("page_preview", PagePreviewAPIViewSet)
api_v2.register_endpoint("images", ImagesViewSet)
api_v2.register_endpoint("documents", DocumentsViewSet)
api_v2.register_endpoint("redirects", RedirectsViewSet)
