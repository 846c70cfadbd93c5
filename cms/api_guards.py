"""Checks on API v2 requests that Wagtail leaves to the database, which would answer 500."""

from wagtail.api.v2.utils import BadRequestError

SEARCH_OPERATORS = ("and", "or")


class QueryGuardMixin:
    """For Wagtail's v2 viewsets: refuse what PostgreSQL or the search backend cannot take."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            raise BadRequestError("null characters are not allowed")
        if request.GET.get("search_operator", "or") not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError("id must be a positive integer")
