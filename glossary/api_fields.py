"""The glossary's fields in Wagtail's APIs: links to terms, term groups, lists of text.

Django REST framework fields, which API v2 serializes with. Wagtail's API v3 types a field
in its OpenAPI schema from the return annotation of `to_representation`, so each shape is
a TypedDict.
"""

from rest_framework.fields import Field
from typing_extensions import TypedDict

from wagtail.models import Page


class TermLinkData(TypedDict):
    id: int
    type: str
    title: str
    summary: str
    html_path: str
    html_url: str
    aliases: list[str]


class TermGroupData(TypedDict):
    letter: str
    terms: list[TermLinkData]


def term_link(page, request=None) -> TermLinkData:
    """An entry as a link: its URL on its Site, its summary, and the other names it is linked by."""
    _site_id, root_url, path = page.get_url_parts(request) or (None, "", "")
    return {
        "id": page.pk,
        "type": (page.specific_class if type(page) is Page else type(page))._meta.label,
        "title": page.title,
        "summary": getattr(page, "summary", ""),
        "html_path": path or "",
        "html_url": f"{root_url}{path}" if path else "",
        "aliases": page.alias_names,
    }


class ComputedField(Field):
    """A read-only field computed from the object (or from the method named by `source`)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)


class TermLinksAPIField(ComputedField):
    def to_representation(self, value) -> list[TermLinkData]:
        return [term_link(page, self.context.get("request")) for page in value]


class TermGroupsAPIField(ComputedField):
    def to_representation(self, value) -> list[TermGroupData]:
        request = self.context.get("request")
        return [{"letter": letter, "terms": [term_link(term, request) for term in terms]} for letter, terms in value]


class TextListAPIField(ComputedField):
    def to_representation(self, value) -> list[str]:
        return [str(item) for item in value]
