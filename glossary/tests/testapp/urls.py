from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from glossary.api_filters import LetterFilter


class PagesWithLetterAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with the glossary's `letter` filter, as the package's README shows."""

    filter_backends = [*PagesAPIViewSet.filter_backends, LetterFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(LetterFilter.query_parameters)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesWithLetterAPIViewSet)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", api_router.urls),
    path("", include(wagtail_urls)),
]
