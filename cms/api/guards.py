"""Checks on API requests that Wagtail leaves to the database, which would answer 500.

Control characters in any query parameter are refused for the whole site, APIs included,
by cms.security.query_parameters."""

from decimal import Decimal

from wagtail.api.v2.utils import BadRequestError

SEARCH_OPERATORS = ("and", "or")

# PostgreSQL's bigint: a larger OFFSET is refused with an error rather than an empty page.
MAX_OFFSET = 2**63 - 1

# Why a guard refused a request, by the query parameter it checked: v2's `message`, v3's `detail`.
QUERY_REFUSALS = {
    "offset": f"offset cannot be higher than {MAX_OFFSET}",
    "site": "site must be a hostname, or hostname:port with a numeric port",
    "search_operator": "search_operator must be 'and' or 'or'",
    "id": "id must be a positive integer",
}


def has_offset_out_of_range(query):
    """`offset` as a number above MAX_OFFSET, in any form an API might read as a whole number
    (`1e19`, `9223372036854775808.0`); what is not a number is each API's to refuse."""
    try:
        return Decimal(query.get("offset", "0")) > MAX_OFFSET
    except ArithmeticError:
        return False


def has_bad_site_port(query):
    """`site=hostname:port` with a port that is not a number, which the Site lookup fails on."""
    _hostname, colon, port = query.get("site", "").partition(":")
    return bool(colon) and not port.isdigit()


class QueryGuardMixin:
    """For Wagtail's v2 viewsets: refuse what PostgreSQL or the search backend cannot take."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if has_offset_out_of_range(request.GET):
            raise BadRequestError(QUERY_REFUSALS["offset"])
        if request.GET.get("search_operator", "or") not in SEARCH_OPERATORS:
            raise BadRequestError(QUERY_REFUSALS["search_operator"])
        if has_bad_site_port(request.GET):
            raise BadRequestError(QUERY_REFUSALS["site"])
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError(QUERY_REFUSALS["id"])
