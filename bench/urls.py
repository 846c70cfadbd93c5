"""The site's URLs plus `/bench/floor/`: the cheapest Django answer through the full middleware stack."""

from django.http import HttpResponse
from django.urls import path

from cms import urls as site_urls
from cms.urls import handler500  # noqa: F401  the site's own: 503 while the database is unreachable


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


# The site's patterns as they are: its i18n_patterns may only be in the root URLconf.
urlpatterns = [path("bench/floor/", floor), *site_urls.urlpatterns]
