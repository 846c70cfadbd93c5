"""Template tags that keep the site's templates free of queries and decisions.

Every tag costs a fixed number of queries whatever the page shows: the section index
pages are fetched once per generation (cms.caching.generation_memo) and kept, and URLs come from
``pageurl``, which reads Wagtail's cached site root paths instead of the database.
"""

from django import template
from django.conf import settings

from wagtail.models import Page

from blog.models import BlogIndexPage
from cms.caching.generation_memo import PerGeneration
from cms.pages.blocks import table_of_contents as contents_of
from glossary.models import GlossaryIndexPage

register = template.Library()

# The site's sections, in the order the main navigation lists them.
SECTIONS = (
    ("glossary", "Glossary", GlossaryIndexPage),
    ("blog", "Blog", BlogIndexPage),
)


def _find_sections():
    """One query for every section index page; the first live one of each type wins."""
    pages = Page.objects.live().type(*(model for _key, _label, model in SECTIONS)).order_by("path")
    found = {}
    for page in pages:
        for key, _label, model in SECTIONS:
            if key not in found and issubclass(page.specific_class, model):
                found[key] = page
    return {key: found.get(key) for key, _label, _model in SECTIONS}


SECTION_PAGES = PerGeneration(_find_sections)


def _current_state(page, section):
    """The aria-current value for a section link: "page" on the index, "true" below it."""
    if page is None or section is None or not getattr(page, "path", None):
        return ""
    if page.pk is not None and page.pk == section.pk:
        return "page"
    if page.path.startswith(section.path):
        return "true"
    return ""


@register.simple_tag
def site_name():
    return settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Open Graph needs absolute URLs; storage URLs that already are absolute pass through."""
    request = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors from the site's home page down, without Wagtail's root page."""
    if page is None:
        return Page.objects.none()
    return page.get_breadcrumb()


@register.simple_tag(takes_context=True)
def section_pages(context):
    """The section index pages by key ("glossary", "blog"); a missing section is None."""
    return SECTION_PAGES.get()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    page = context.get("page")
    sections = SECTION_PAGES.get()
    items = [
        {"label": label, "page": sections[key], "current": _current_state(page, sections[key])}
        for key, label, _model in SECTIONS
        if sections[key] is not None
    ]
    return {"request": request, "items": items}


@register.inclusion_tag("components/recent_articles.html", takes_context=True)
def recent_articles(context):
    request = context.get("request")
    return {
        "request": request,
        "articles": list(context["page"].recent_articles()),
        "blog_index": SECTION_PAGES.get()["blog"],
    }


# Entries and articles shorter than this read well without a table of contents.
TABLE_OF_CONTENTS_MIN_SECTIONS = 4


@register.inclusion_tag("components/table_of_contents.html")
def table_of_contents(page):
    """Links to the sections of a long entry or article, by their headings' anchors."""
    sections = contents_of(page)
    return {"sections": sections if len(sections) >= TABLE_OF_CONTENTS_MIN_SECTIONS else []}
