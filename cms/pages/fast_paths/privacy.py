"""Who may see a page: `.public()` and the serve-time check from the view restrictions, read once per generation."""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction
from wagtail.models import PageManager as WagtailPageManager
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from cms.caching.generation_memo import PerGeneration

RESTRICTIONS = PerGeneration(lambda: list(PageViewRestriction.objects.select_related("page")))
# A page's ancestors below Wagtail's root, by the url_path of its parent.
ANCESTORS = PerGeneration(dict)


def ancestors_of(parent_url_path):
    """Pages from the site's home page down to the one at `parent_url_path`."""
    found = ANCESTORS.get()
    if parent_url_path not in found:
        steps = parent_url_path.strip("/").split("/")
        url_paths = ["/" + "/".join(steps[:length]) + "/" for length in range(1, len(steps) + 1)]
        found[parent_url_path] = list(Page.objects.filter(url_path__in=url_paths, depth__gt=1).order_by("depth"))
    return found[parent_url_path]


def view_restrictions(page, ancestors):
    """The restrictions on `page` and its `ancestors` (an alias follows its source page, as in
    Wagtail), as a queryset, which costs no query when there are none."""
    pages = [*ancestors, page]
    url_paths = {each.url_path for each in pages if not each.alias_of_id}
    alias_sources = {each.alias_of_id for each in pages if each.alias_of_id}
    ids = [
        restriction.pk
        for restriction in RESTRICTIONS.get()
        if restriction.page.url_path in url_paths or restriction.page_id in alias_sources
    ]
    return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


def is_private(url_path):
    """Whether a view restriction covers the page at `url_path`, as `.public()` decides."""
    return any(url_path.startswith(restriction.page.url_path) for restriction in RESTRICTIONS.get())


class PageQuerySet(WagtailPageQuerySet):
    """`.public()` and `.not_public()` without a query of their own."""

    def private_q(self):
        q = Q()
        for restriction in RESTRICTIONS.get():
            q |= Q(url_path__startswith=restriction.page.url_path)
        return q if q else Q(pk__in=[])


class PageManager(WagtailPageManager.from_queryset(PageQuerySet)):
    pass
