"""The site's answer to an unhandled error (`handler500` in cms/urls.py).

While the database is unreachable (a restart, a failover, a network cut), every request
that needs it fails with OperationalError or InterfaceError, wherever it is raised: in a
view, or in a middleware such as the page cache reading the database cache. That is not a
fault of the site but a short outage: the answer is 503 with Retry-After, the site's own
"Briefly unavailable" page (templates/503.html, which reads nothing from the database), or
JSON in each API's error format, and nothing may cache it. Any other error is the site's own
500 page (templates/500.html), styled by the site's stylesheet, as the Content-Security-Policy
allows no inline style.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

RETRY_AFTER_SECONDS = 30
UNAVAILABLE = "The site is briefly unavailable: try again in a minute."


def server_error_or_unavailable(request):
    # Django calls handler500 while it handles the exception, so it is the current one.
    if not isinstance(sys.exception(), OperationalError | InterfaceError):
        return HttpResponse(render_to_string("500.html", {"site_name": settings.WAGTAIL_SITE_NAME}), status=500)
    return unavailable(request.path)


def unavailable(path):
    """The 503 for a request to `path` while the database is unreachable."""
    if path.startswith("/api/v3/"):
        problem = {"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": UNAVAILABLE}
        response = JsonResponse(problem, status=503, content_type="application/problem+json")
    elif path.startswith("/api/"):
        response = JsonResponse({"message": UNAVAILABLE}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html", {"site_name": settings.WAGTAIL_SITE_NAME}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
