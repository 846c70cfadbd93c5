"""Which pages show a page, so that a change to it reaches every one of them.

`BasePage.get_url_paths_showing()` gives the answer every page type starts from; page types
that appear elsewhere extend it (a section in every page's header, an article in every
"Recent Articles" sidebar, an entry wherever its name is mentioned). Answers are Wagtail
`url_path`s: they still name a page while it is being deleted or moved.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page, ReferenceIndex

from cms.pages.site_paths import serving_roots


def live_url_paths(pages):
    return set(pages.live().values_list("url_path", flat=True))


def referring_page_ids(references):
    ids = references.filter(base_content_type=ContentType.objects.get_for_model(Page)).values_list("object_id")
    return [int(pk) for (pk,) in ids]


def referencing_url_paths(page):
    """Live pages that link to the page, or list it (related terms, featured terms), and the
    pages in its language that link to one of its translations: such a link goes to the
    version in the language of the page it is on (Wagtail's `Page.localized`)."""
    linking = referring_page_ids(ReferenceIndex.get_references_to(page))
    linking_elsewhere = referring_page_ids(ReferenceIndex.get_references_to_in_bulk(translations_of(page)))
    return live_url_paths(
        Page.objects.filter(Q(pk__in=linking) | Q(pk__in=linking_elsewhere, locale_id=page.locale_id))
    )


def translations_of(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def translation_url_paths(page):
    """Its live versions in the other languages: their language switcher and `hreflang` links
    name the page's URL."""
    return live_url_paths(translations_of(page))


def url_paths_showing(page):
    """Its parent (the index that lists it), the home page of each Site serving it (which lists
    entries and articles), its live translations, and every live page that links to it or lists
    it, from Wagtail's reference index."""
    paths = {root.root_path for root in serving_roots(page.url_path)}
    parent = page.get_parent()
    if parent is not None:
        paths.add(parent.url_path)
    return paths | translation_url_paths(page) | referencing_url_paths(page)


def site_url_paths(page):
    """Every live page of each Site serving the page."""
    paths = set()
    for root in serving_roots(page.url_path):
        paths |= live_url_paths(Page.objects.filter(url_path__startswith=root.root_path))
    return paths
