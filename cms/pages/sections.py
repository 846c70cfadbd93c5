"""The site's sections: the live children of its root page, read once per generation.

The header's navigation lists those an editor shows in menus (Wagtail's "Show in menus"), in
tree order. Templates and apps find a section by its app's label (`sections.glossary`), so
the infrastructure names no page type.
"""

from django.utils.translation import get_language

from wagtail.models import Page

from cms.caching.generation_memo import PerGeneration
from cms.pages.fast_paths.tree import site_for_request

# The live children of each Site's root page in each language, in tree order, by the root's id
# and the language.
CHILDREN = PerGeneration(dict)


def top_level_pages(request):
    """The live children of the request's Site's root page in the active language (as Wagtail
    routes it: the root's live translation, else the root itself); none when no Site serves it."""
    site = site_for_request(request)
    if site is None:
        return []
    known = CHILDREN.get()
    key = (site.root_page_id, get_language())
    if key not in known:
        known[key] = list(Page.objects.child_of(site.root_page.localized).live().order_by("path"))
    return known[key]


def menu_pages(request):
    return [page for page in top_level_pages(request) if page.show_in_menus]


def site_sections(request):
    """The first live child of the site's root page from each app, by the app's label."""
    sections = {}
    for page in top_level_pages(request):
        sections.setdefault(page.cached_content_type.app_label, page)
    return sections
