"""The two JSON APIs: v2 (Wagtail's DRF API) at /api/v2/ and v3 (django-ninja) at /api/v3/.

Both read the `api_fields` the page models declare, and both show anonymous callers only
live pages outside view restrictions. v2 adds the filters the page types declare in
`api_filters` (the glossary's `letter`, the blog's `tag`) and the draft preview by token;
v3's additions are in cms/api/v3.py. Every page, listed or not, has its `translations`, and is
serialized in its own language (cms.api.locales).
"""

from rest_framework.renderers import JSONRenderer

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import prefetch_related_objects
from django.utils.module_loading import import_string

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.contrib.redirects.api.v2 import RedirectsAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import get_page_models

from cms.api.fields import TranslationsAPIField
from cms.api.guards import QueryGuardMixin
from cms.api.locales import UNKNOWN_LOCALE, LocalizedPageSerializer, is_unknown_locale, page_at_html_path
from cms.api.preview import PagePreviewAPIViewSet
from cms.pages.fast_paths.tree import site_for_request
from cms.pages.translations import live_pages_by_key, translation_links


def page_api_filters(page_models):
    """The filter backends the page types add to the pages listing (their `api_filters`), each once."""
    paths = dict.fromkeys(path for model in page_models for path in getattr(model, "api_filters", ()))
    return [import_string(path) for path in paths]


class JSONOnlyMixin:
    """JSON for every caller. Wagtail's viewsets add DRF's browsable HTML API, which makes each
    answer vary on `Accept`, and the page cache shares only answers that vary on nothing else
    than `Cookie` (cms.caching.page_cache)."""

    renderer_classes = [JSONRenderer]


class PageTranslationsField(TranslationsAPIField):
    """`translations` of any page, a plain Page of a listing without `type` too."""

    def get_attribute(self, instance):
        return translation_links([instance])[0]


class PagesViewSet(JSONOnlyMixin, QueryGuardMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint plus the filters of every page type, with or without `type`.

    They run in get_queryset, before Wagtail's filter backends: the last of those (search)
    returns results that no filter can narrow further.
    """

    base_serializer_class = LocalizedPageSerializer
    body_fields = PagesAPIViewSet.body_fields + [APIField("translations", serializer=PageTranslationsField())]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["translations"]
    page_filters = page_api_filters(get_page_models())
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        name for backend in page_filters for name in backend.query_parameters
    )

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if is_unknown_locale(request.GET):
            raise BadRequestError(UNKNOWN_LOCALE)

    def get_base_queryset(self):
        """Wagtail's, built once per request: each build reads the view restrictions and the
        translations of the Site's home page, and a listing asks for it several times. The
        Site it reads is the one kept per generation."""
        if getattr(self, "base_queryset", None) is None:
            site_for_request(self.request)
            self.base_queryset = super().get_base_queryset()
        return self.base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        for backend in self.page_filters:
            queryset = backend().filter_queryset(self.request, queryset, self)
        return queryset

    def paginate_queryset(self, queryset):
        """The listed pages, with what their fields read fetched for all of them at once."""
        pages = list(super().paginate_queryset(queryset))
        prefetch_related_objects(pages, "locale")
        live_pages_by_key([page.translation_key for page in pages])
        for model in {type(page) for page in pages}:
            if hasattr(model, "prefetch_for_listing"):
                model.prefetch_for_listing([page for page in pages if type(page) is model])
        return pages

    def find_object(self, queryset, request):
        """The page at `html_path` in any language ("/de/glossary/api/"), else the one with `id`."""
        site = site_for_request(request)
        if "html_path" in request.GET and site is not None:
            page = page_at_html_path(request, site, request.GET["html_path"])
            if page is not None and queryset.filter(pk=page.pk).exists():
                return page
        # With `type`, an unknown id raises the type's DoesNotExist, which is not Page's (their
        # base, BasePage, is abstract), so Wagtail's find view would answer 500 instead of 404.
        try:
            return BaseAPIViewSet.find_object(self, queryset, request)
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
