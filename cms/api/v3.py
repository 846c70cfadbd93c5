"""What this site adds to Wagtail's API v3 (a preview release on django-ninja).

The review actions (cms/api/review.py), the page listing's field filters in its schema
(cms/api/field_filters.py), a 400 for query parameters v3 would otherwise ignore or answer
with 422, a body parser that says why it refused a body, a 400 for keys of a page's body that
are not its fields (v3 would drop them and save the rest), and error messages that say what
to do instead. Every page has its `translations`, listed pages too; the `locale` filter names a
language of the site; `find` takes the paths readers type in every language; and a page is
serialized in its own language (cms.api.locales).
"""

import json
import logging
from functools import wraps

from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.text import capfirst

from wagtail.api.v3.errors import problem_response
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.api.v3.querysets import get_pages_queryset
from wagtail.api.v3.routers.pages import router as pages_router
from wagtail.api.v3.schemas.pages import BasePageSchema as WagtailBasePageSchema
from wagtail.api.v3.urls import api as api_v3
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page

from cms.api.field_filters import field_filter_parameters, filterable_fields
from cms.api.fields import TranslationData
from cms.api.guards import QUERY_REFUSALS, has_bad_site_port, has_offset_out_of_range
from cms.api.locales import UNKNOWN_LOCALE, is_unknown_locale, page_at_html_path
from cms.api.review import router as review_router
from cms.pages.fast_paths.tree import places_of, site_for_request
from cms.pages.translations import live_pages_by_key, translation_links
from cms.views.errors import unavailable

api_v3.add_router("/pages/", review_router)
DATABASE_ERRORS = ("OperationalError", "InterfaceError")
logger = logging.getLogger(__name__)

NOT_A_PARAMETER = "Not a parameter of this listing, nor a field to filter on"

# The page listing's own parameters; any other must name a field to filter on.
V3_LISTING_PARAMETERS = {
    "limit",
    "offset",
    "order",
    "search",
    "search_operator",
    "type",
    "ancestor_of",
    "child_of",
    "descendant_of",
    "translation_of",
    "locale",
    "site",
    "rich_text_format",
}


def pages_operation(url_name):
    (operation,) = (
        operation
        for path_view in pages_router.path_operations.values()
        for operation in path_view.operations
        if operation.url_name == url_name
    )
    return operation


# Named as Wagtail's listed page, which it replaces in the listing's schema.
class BasePageSchema(WagtailBasePageSchema):
    """A page in a listing, with its versions in the site's other languages."""

    translations: list[TranslationData]

    @staticmethod
    def resolve_translations(obj, context) -> list[TranslationData]:
        return translation_links([obj])[0]


PagedBasePageSchema = type(
    "PagedBasePageSchema",
    (WagtailLimitOffsetPagination.Output,),
    {"__annotations__": {"items": list[BasePageSchema]}},
)


def describe_listing():
    """Lists the field filters among the listing operation's parameters (ninja appends the
    parameters of an operation's `openapi_extra` to those it reads from the signature), and
    lists each page with its translations."""
    listing = pages_operation("list_pages")
    listing.openapi_extra = {"parameters": field_filter_parameters()}
    listing.response_models[200] = listing._create_response_model(PagedBasePageSchema)


describe_listing()


class UnreadableBody(ValueError):
    """Why JSONObjectParser refused a body. Ninja answers a parser's error with a 400
    "Cannot parse request body" and keeps the reason only with DEBUG on; explain_http_errors
    gives it."""


class NotAnObject(UnreadableBody):
    pass


class JSONObjectParser(Parser):
    """Every v3 request body is a JSON object. Ninja parses a body after authenticating the
    request, and only for an operation that takes one."""

    def parse_body(self, request):
        try:
            data = json.loads(request.body)
        except RecursionError:
            raise UnreadableBody("the JSON is nested too deeply") from None
        except ValueError as error:  # not JSON, or not UTF-8
            raise UnreadableBody(str(error)) from None
        if not isinstance(data, dict):
            # Wagtail picks a page type's schema by reading `meta` from the body: a 500 on anything else.
            raise NotAnObject("the body must be a JSON object")
        return data


api_v3.parser = JSONObjectParser()


def is_tree_root(page_id):
    return page_id.isdigit() and Page.objects.filter(pk=page_id, depth=1).exists()


def unknown_names_refused(what, location, names, reason):
    return problem_response(
        status=400,
        detail=f"Unknown {what}: {', '.join(names)}",
        errors=[{"loc": [location, name], "msg": reason} for name in names],
    )


def check_query_parameters(view):
    """v3 ignores parameters it does not know, so a mistyped filter would silently return
    everything. Also refuses, with a 4xx, the requests fuzzing found Wagtail answering with a
    500 (docs/reliability.md). Runs before authentication: it reads no body."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if has_offset_out_of_range(request.GET):
            return problem_response(status=400, detail=QUERY_REFUSALS["offset"])
        if has_bad_site_port(request.GET):
            # Capitalised, as v3 has answered it since it shipped.
            return problem_response(status=400, detail=capfirst(QUERY_REFUSALS["site"]))
        if request.method == "PATCH" and not kwargs.get("page_id", "0").isdigit():
            # Wagtail's update reads the page's type by page_id before validating it, which fails with a 500.
            return problem_response(
                status=422,
                detail="Validation failed",
                errors=[{"loc": ["path", "page_id"], "msg": "Input should be a valid integer"}],
            )
        if request.method != "GET" and is_tree_root(kwargs.get("page_id", "")):
            # Wagtail's copy and move actions assume the page has a parent, and fail with a 500.
            return problem_response(status=403, detail="The root of the page tree cannot be changed.")
        if request.resolver_match and request.resolver_match.url_name == "list_pages":
            allowed = filterable_fields(request.GET.getlist("type"))
            unknown = sorted(set(request.GET) - V3_LISTING_PARAMETERS - (allowed or set(request.GET)))
            if unknown:
                return unknown_names_refused("query parameters", "query", unknown, NOT_A_PARAMETER)
            if is_unknown_locale(request.GET):
                return problem_response(
                    status=400,
                    detail="Invalid query parameters",
                    errors=[{"loc": ["query", "locale"], "msg": UNKNOWN_LOCALE}],
                )
        return view(request, *args, **kwargs)

    return checked


api_v3.add_decorator(check_query_parameters, mode="view")


def in_language_of_page(view):
    """An operation on a page (its detail, revisions, actions) runs, and its answer is
    serialized, in the page's language. The request's Site, which Wagtail reads for every page
    operation, is the one kept per generation."""

    @wraps(view)
    def localized(request, *args, **kwargs):
        site_for_request(request)
        page_id = kwargs.get("page_id", "")
        place = places_of([page_id])[0] if str(page_id).isdigit() else None
        if place is None:
            return view(request, *args, **kwargs)
        with translation.override(place.language_code):
            return view(request, *args, **kwargs)

    return localized


api_v3.add_decorator(in_language_of_page, mode="view")


def url_name_of(request):
    return request.resolver_match.url_name if request.resolver_match else ""


def find_in_every_language(view):
    """`find` with a path in any language ("/de/glossary/api/"): Wagtail's routes every path
    from the site's default-language home page. What it finds goes on as an `id`."""

    @wraps(view)
    def found(request, *args, **kwargs):
        if request.method == "GET" and url_name_of(request) == "find_page" and kwargs.get("html_path"):
            site = SiteFilterValidator(site=kwargs.get("site"), request=request).site_obj
            page = site and page_at_html_path(request, site, kwargs["html_path"])
            if page and get_pages_queryset(request).filter(pk=page.pk).exists():
                kwargs["id"] = page.pk
            kwargs["html_path"] = None
        return view(request, *args, **kwargs)

    return found


def read_translations_of_listed_pages(view):
    """The listed pages' translations in one query, before each listed page shows its own."""

    @wraps(view)
    def listing(request, *args, **kwargs):
        answer = view(request, *args, **kwargs)
        if request.method == "GET" and url_name_of(request) == "list_pages":
            answer["items"] = list(answer["items"])
            live_pages_by_key([page.translation_key for page in answer["items"]])
        return answer

    return listing


pages_router.add_decorator(find_in_every_language, mode="operation")
pages_router.add_decorator(read_translations_of_listed_pages, mode="operation")


def accepted_names(schema):
    return {key for name, field in schema.model_fields.items() for key in (name, field.alias) if key}


def refuse_unknown_fields(view):
    """A body's schema ignores keys it does not have, so a mistyped or misplaced field
    (`definition` sent to a blog article) would be dropped while the rest is saved as a new
    revision. Refused with a 400 instead, after the body passed its schema and before the
    view acts on it."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        data = kwargs.get("data")
        if isinstance(data, BaseModel) and request.body:
            unknown = sorted(set(api_v3.parser.parse_body(request)) - accepted_names(type(data)))
            if unknown:
                page_type = getattr(getattr(data, "meta", None), "type", None)
                reason = f"Not a field {page_type} accepts" if page_type else "Not a field this operation accepts"
                return unknown_names_refused("fields", "body", unknown, reason)
        return view(request, *args, **kwargs)

    return checked


# Every operation on pages, Wagtail's and the review actions.
pages_router.add_decorator(refuse_unknown_fields, mode="operation")
review_router.add_decorator(refuse_unknown_fields, mode="operation")

# Wagtail's publish and unpublish actions refuse without a reason; say what to do instead.
REFUSALS = {
    "pages_actions_publish": (
        "Only administrators publish directly. Submit the draft for review "
        "(POST /api/v3/pages/{id}/actions/submit/); a reviewer's approval publishes it."
    ),
    "pages_actions_unpublish": "Only administrators unpublish pages.",
}


UNAUTHENTICATED = "Authentication required: send Authorization: Bearer <token>."


@api_v3.exception_handler(AuthenticationError)
def ask_for_a_token(request, exc):
    return problem_response(status=401, detail=UNAUTHENTICATED)


@api_v3.exception_handler(PermissionDenied)
def explain_refusals(request, exc):
    if not request.user.is_authenticated:
        return problem_response(status=401, detail=UNAUTHENTICATED)
    url_name = request.resolver_match.url_name if request.resolver_match else ""
    return problem_response(status=403, detail=str(exc) or REFUSALS.get(url_name, "Permission denied."))


@api_v3.exception_handler(HttpError)
def explain_http_errors(request, exc):
    reason = exc.__cause__
    if isinstance(reason, NotAnObject):
        return problem_response(
            status=422, detail="Validation failed", errors=[{"loc": ["body"], "msg": "Input should be a JSON object"}]
        )
    if isinstance(reason, UnreadableBody):
        return problem_response(status=400, detail=f"Cannot parse request body ({reason})")
    return problem_response(status=exc.status_code, detail=str(exc))


@api_v3.exception_handler(NinjaValidationError)
@api_v3.exception_handler(PydanticValidationError)
def validation_errors(request, exc):
    """A bad query string is a 400, like v2's; an invalid request body stays Wagtail's 422."""
    if isinstance(exc, NinjaValidationError):
        errors = exc.errors
    else:
        errors = [{key: value for key, value in error.items() if key != "input"} for error in exc.errors()]
        if any(error["type"] == "get_attribute_error" for error in errors):
            # Reading the page failed while the answer was built: the server's fault, not the request's.
            # Pydantic keeps only the text of what was raised ("OperationalError: ...").
            logger.error("Building the response failed: %s", exc)
            if any(str(error.get("ctx", {}).get("error", "")).startswith(DATABASE_ERRORS) for error in errors):
                return unavailable(request.path)
            return problem_response(status=500, detail="The server could not build the response.")
    if request.method == "GET":
        return problem_response(status=400, detail="Invalid query parameters", errors=errors)
    return problem_response(status=422, detail="Validation failed", errors=errors)
