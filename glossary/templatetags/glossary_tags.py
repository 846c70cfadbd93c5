"""`{% glossary_json_ld page %}` and `{% glossary_contents page %}` for the glossary's page templates."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# As Django's json_script: as \u escapes, "</script>" and "<!--" in the data cannot end the element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data):
    """JSON that is safe as the text of a <script> element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)


@register.simple_tag(takes_context=True)
def glossary_json_ld(context, page):
    """The page's schema.org node (DefinedTerm or DefinedTermSet) as a JSON-LD script element."""
    data = {"@context": "https://schema.org", **page.json_ld_node(context.get("request"))}
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(script_json(data)))  # noqa: S308


def contents_of(page):
    """(anchor, heading) of each body block that starts a section, in order.

    A section without an anchor (a heading of punctuation only) cannot be linked, so it is left out.
    """
    sections = []
    for child in getattr(page, "body", None) or []:
        contents_entry = getattr(child.block, "contents_entry", None)
        if contents_entry is not None:
            anchor, heading = contents_entry(child.value, page)
            if anchor:
                sections.append((anchor, heading))
    return sections


@register.inclusion_tag("glossary/includes/contents.html")
def glossary_contents(page):
    """Links to the sections of the page's body, by their headings' anchors."""
    return {"sections": contents_of(page)}
