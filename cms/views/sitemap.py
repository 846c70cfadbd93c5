"""sitemap.xml: the live, public pages of the request's Site in every language, each with its
`hreflang` alternates (the languages it is live in)."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from cms.pages.translations import live_translations


class TranslatedSitemap(Sitemap):
    def items(self):
        site_root = self.get_wagtail_site().root_page
        roots = Q()
        for root in site_root.get_translations(inclusive=True):
            roots |= Q(path__startswith=root.path)
        return Page.objects.filter(roots).live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # The translations of every page of this sitemap page, in one query.
        live_translations(self.paginator.page(page).object_list)
        return super()._urls(page, protocol, domain)


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"wagtail": TranslatedSitemap(request)})
