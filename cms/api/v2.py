"""The two JSON APIs: v2 (Wagtail's DRF API) at /api/v2/ and v3 (django-ninja) at /api/v3/.

Both read the `api_fields` the page models declare, and both show anonymous callers only
live pages outside view restrictions. v2 adds the filters the page types declare in
`api_filters` (the glossary's `letter`, the blog's `tag`) and the draft preview by token;
v3's additions are in cms/api/v3.py.
"""

from rest_framework.renderers import JSONRenderer

from django.core.exceptions import ObjectDoesNotExist
from django.utils.module_loading import import_string

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.contrib.redirects.api.v2 import RedirectsAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import get_page_models

from cms.api.guards import QueryGuardMixin
from cms.api.preview import PagePreviewAPIViewSet


def page_api_filters(page_models):
    """The filter backends the page types add to the pages listing (their `api_filters`), each once."""
    paths = dict.fromkeys(path for model in page_models for path in getattr(model, "api_filters", ()))
    return [import_string(path) for path in paths]


class JSONOnlyMixin:
    """JSON for every caller. Wagtail's viewsets add DRF's browsable HTML API, which makes each
    answer vary on `Accept`, and the page cache shares only answers that vary on nothing else
    than `Cookie` (cms.caching.page_cache)."""

    renderer_classes = [JSONRenderer]


class PagesViewSet(JSONOnlyMixin, QueryGuardMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint plus the filters of every page type, with or without `type`.

    They run in get_queryset, before Wagtail's filter backends: the last of those (search)
    returns results that no filter can narrow further.
    """

    page_filters = page_api_filters(get_page_models())
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        name for backend in page_filters for name in backend.query_parameters
    )

    def get_queryset(self):
        queryset = super().get_queryset()
        for backend in self.page_filters:
            queryset = backend().filter_queryset(self.request, queryset, self)
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


class ImagesViewSet(JSONOnlyMixin, QueryGuardMixin, ImagesAPIViewSet):
    pass


class DocumentsViewSet(JSONOnlyMixin, QueryGuardMixin, DocumentsAPIViewSet):
    pass


class RedirectsViewSet(JSONOnlyMixin, QueryGuardMixin, RedirectsAPIViewSet):
    pass


api_v2 = WagtailAPIRouter("wagtailapi_v2")
api_v2.register_endpoint("pages", PagesViewSet)
api_v2.register_endpoint("page_preview", PagePreviewAPIViewSet)
api_v2.register_endpoint("images", ImagesViewSet)
api_v2.register_endpoint("documents", DocumentsViewSet)
api_v2.register_endpoint("redirects", RedirectsViewSet)
