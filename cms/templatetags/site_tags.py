"""Template tags that keep the site's templates free of queries and decisions.

Every tag costs a fixed number of queries whatever the page shows: the site's sections
(cms.pages.sections) are read once per generation (cms.caching.generation_memo) and kept, and
URLs come from ``pageurl``, which reads Wagtail's cached site root paths instead of the database.
"""

from django import template
from django.conf import settings

from wagtail.models import Page

from cms.pages.blocks import table_of_contents as contents_of
from cms.pages.sections import menu_pages, site_sections
from cms.pages.translations import language_links

register = template.Library()


def _current_state(page, section):
    """The aria-current value for a section link: "page" on the index, "true" below it."""
    if page is None or not getattr(page, "path", None):
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
    """The site's section pages by app label ("glossary", "blog"); a missing section is not there."""
    return site_sections(context.get("request"))


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """The pages below the site's root that editors show in menus, in tree order."""
    request = context.get("request")
    page = context.get("page")
    items = [{"label": item.title, "page": item, "current": _current_state(page, item)} for item in menu_pages(request)]
    return {"request": request, "items": items}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the site's other languages (cms.pages.translations.language_links)."""
    return {"languages": language_links(context.get("request"), context.get("page"))}


# Entries and articles shorter than this read well without a table of contents.
TABLE_OF_CONTENTS_MIN_SECTIONS = 4


@register.inclusion_tag("components/table_of_contents.html")
def table_of_contents(page):
    """Links to the sections of a long entry or article, by their headings' anchors."""
    sections = contents_of(page)
    return {"sections": sections if len(sections) >= TABLE_OF_CONTENTS_MIN_SECTIONS else []}
