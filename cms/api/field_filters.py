"""The field filters of API v3's page listing (`?slug=api`, `?type=blog.BlogPage&tags=Cloud`):
which names it takes, and their description in the listing's OpenAPI operation.

v3 filters on the base page fields and, when one type is listed, on that type's own db API
fields; it lists neither among the operation's parameters. Both the check that refuses other
names (cms.api.v3) and the description below are read from here.
"""

import datetime

from ninja.orm.fields import TYPES
from pydantic import TypeAdapter
from taggit.managers import TaggableManager

from wagtail.api import APIField
from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page, get_page_models

# `locale` is a parameter of the listing (a language code) before it is a field; Wagtail's
# filter looks `pk` up as a field name and fails with a 500.
BASE_FILTERS = [name for name in BASE_PAGE_READ_FIELDS if name not in ("locale", "pk")]

QUERY_VALUE_TYPES = (bool, int, datetime.date, datetime.datetime)
BOOLEANS = "`true` or `false` (also `1`/`0`, `yes`/`no`, `on`/`off`)"


def own_filters(model):
    """The names and fields of a page type's own db API fields, beyond the base filters."""
    names = (field.name for field in APIField.get_fields_for_model(model, db_fields_only=True))
    return {name: model._meta.get_field(name) for name in names if name not in BASE_FILTERS}


def filterable_fields(type_names):
    """The field filters a listing of these types takes; None when a type is unknown."""
    models = []
    for name in type_names:
        try:
            models.append(resolve_model_string(name))
        except (LookupError, ValueError):
            return None  # the type check answers this one
    own = own_filters(models[0]) if len(models) == 1 else {}
    return set(BASE_FILTERS) | set(own)


def query_value_type(field):
    """The Python type of the value a filter on `field` takes from the query string."""
    if isinstance(field, TaggableManager):
        return list[str]  # a tag's name, repeated for every tag
    if field.is_relation:
        return TYPES.get(field.related_model._meta.pk.get_internal_type(), int)
    python_type = TYPES.get(field.get_internal_type(), str)
    return python_type if python_type in QUERY_VALUE_TYPES else str


def what_it_matches(name, fields):
    field = fields[0]
    value_type = query_value_type(field)
    if value_type == list[str]:
        return (
            f"Pages tagged with this tag: its name, exactly (case counts; a comma is part of the name). "
            f"Repeat `{name}` for the pages that have every one of the tags."
        )
    if field.is_relation:
        related = " or ".join(dict.fromkeys(each.related_model._meta.label for each in fields))
        verb = "include" if field.one_to_many or field.many_to_many else "is"
        return f"Pages whose `{name}` {verb} the {related} with this id."
    if value_type is bool:
        return f"Pages whose `{name}` is {BOOLEANS}."
    if value_type is datetime.datetime:
        return f"Pages whose `{name}` is this moment, exactly (ISO 8601; a date alone is midnight)."
    if value_type is datetime.date:
        return f"Pages whose `{name}` is this date (YYYY-MM-DD)."
    return f"Pages whose `{name}` is this value, exactly."


def filter_parameter(name, fields_by_type):
    """The OpenAPI parameter of the filter `name`; `fields_by_type` maps the label of each page
    type it filters (none: every type) to its field there."""
    fields = list(fields_by_type.values()) or [Page._meta.get_field(name)]
    if len(fields_by_type) == 1:
        (label,) = fields_by_type
        scope = f"A field of {label}: filters only with `type={label}` and no other type."
    elif fields_by_type:
        scope = f"A field of {', '.join(fields_by_type)}: filters only when the one `type` listed is one of them."
    else:
        scope = "A field of every page type."
    parameter = {
        "in": "query",
        "name": name,
        "required": False,
        "description": f"{what_it_matches(name, fields)} {scope}",
        "schema": TypeAdapter(query_value_type(fields[0])).json_schema(),
    }
    if fields_by_type:
        parameter["x-page-types"] = list(fields_by_type)
    return parameter


def field_filter_parameters():
    """Every field filter of the listing: the base page fields, then the page types' own."""
    own = {}
    for model in get_page_models():
        for name, field in own_filters(model).items():
            own.setdefault(name, {})[model._meta.label] = field
    return [filter_parameter(name, {}) for name in BASE_FILTERS] + [
        filter_parameter(name, own[name]) for name in sorted(own)
    ]
