"""Checks on API requests that Wagtail leaves to the database, which would answer 500."""

from wagtail.api.v2.utils import BadRequestError

SEARCH_OPERATORS = ("and", "or")
SITE_FORMAT = "site must be a hostname, or hostname:port with a numeric port"


def has_null_characters(query):
    """PostgreSQL refuses null characters in text, with an error rather than no match."""
    return any("\x00" in value for _name, values in query.lists() for value in values)


def has_bad_site_port(query):
    """`site=hostname:port` with a port that is not a number, which the Site lookup fails on."""
    _hostname, colon, port = query.get("site", "").partition(":")
    return bool(colon) and not port.isdigit()


class QueryGuardMixin:
    """For Wagtail's v2 viewsets: refuse what PostgreSQL or the search backend cannot take."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if has_null_characters(request.GET):
            raise BadRequestError("null characters are not allowed")
        if request.GET.get("search_operator", "or") not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if has_bad_site_port(request.GET):
            raise BadRequestError(SITE_FORMAT)
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError("id must be a positive integer")
