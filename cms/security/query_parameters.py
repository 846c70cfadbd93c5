"""Query parameters are checked once, here, for every view: pages, the search, the admin and both APIs.

PostgreSQL refuses a null character in text with an error, so a `?q=%00` that reached a
query would answer 500. No link or form field a reader uses produces one, nor any other
control character but tab, line feed and carriage return: a name or value that carries any
is refused with a 400 before the view runs, in the shape the caller expects.
"""

import re

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext, gettext_noop

from wagtail.api.v3.errors import problem_response

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
MESSAGE = gettext_noop("Query parameters must not contain control characters (such as %00)")


def has_control_characters(query):
    return any(CONTROL_CHARACTERS.search(text) for name, values in query.lists() for text in (name, *values))


class QueryParameterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not has_control_characters(request.GET):
            return None
        namespaces = request.resolver_match.namespaces
        if "wagtailapi_v3" in namespaces:
            return problem_response(status=400, detail=MESSAGE)
        if "wagtailapi_v2" in namespaces:
            return JsonResponse({"message": MESSAGE}, status=400, json_dumps_params={"indent": 4})
        return render(request, "400.html", {"message": gettext(MESSAGE)}, status=400)
