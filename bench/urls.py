"""The site's URLs plus `/bench/floor/`: the cheapest Django answer through the full middleware stack."""

from django.http import HttpResponse
from django.urls import include, path

from cms.urls import handler500  # noqa: F401  the site's own: 503 while the database is unreachable


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), path("", include("cms.urls"))]
