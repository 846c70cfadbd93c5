"""Which pages are private, from one read of the restrictions per generation (cms.caching.generation_memo).

Wagtail reads every view restriction again for each `.public()` queryset and for each page
it serves; a site has a handful, and they change only with a purge of the page cache.
"""

from django.db.models import Q

from wagtail.models import PageManager as WagtailPageManager
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from cms.caching.generation_memo import PerGeneration

RESTRICTIONS = PerGeneration(lambda: list(PageViewRestriction.objects.select_related("page")))


def restrictions_for(page, ancestors):
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


class PageQuerySet(WagtailPageQuerySet):
    """`.public()` and `.not_public()` without a query of their own."""

    def private_q(self):
        q = Q()
        for restriction in RESTRICTIONS.get():
            q |= Q(url_path__startswith=restriction.page.url_path)
        return q if q else Q(pk__in=[])


class PageManager(WagtailPageManager.from_queryset(PageQuerySet)):
    pass
