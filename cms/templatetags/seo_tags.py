"""Template tags for the page head: publication times and JSON-LD, worked out in ``cms.pages.seo``."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cms.pages.seo import article_dates, script_json, structured_data
from cms.pages.translations import alternates

register = template.Library()


register.simple_tag(article_dates)


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """One JSON-LD script element holding the page's whole schema.org graph."""
    data = script_json(structured_data(page, context["request"]))
    # script_json escapes <, > and &, so the JSON cannot close the element or open markup.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))  # noqa: S308


@register.inclusion_tag("components/hreflang_links.html")
def hreflang_links(page):
    """`<link rel="alternate" hreflang>` for each language the page is live in."""
    return {"alternates": alternates(page)}
