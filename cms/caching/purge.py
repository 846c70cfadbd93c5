"""Purge cached pages when what readers see has changed (``cms.pages.signals.published_content_changed``).

Readers' pages are cached twice: by ``cms.caching.page_cache`` in the shared Django cache, and by
a CDN when ``WAGTAILFRONTENDCACHE`` configures one. The signal comes once the change has
committed; the purge then starts a new page-cache generation (every process sharing the cache
sees it) and sends the CDN the exact URLs of the pages that show the change, on every Site
that serves them, through ``purge_urls_from_cache``, a task the worker runs; with no CDN
configured it does nothing. The generation comes first, so a CDN that fetches a purged URL
again is not answered from the page cache. A Site change names no URL: it renews the
generation only.

The API's reads are cached the same way (``page_cache.API_READS``), and a CDN keeps those
without a query string: the page listings of v2 and v3 and each page's detail. A change
purges the listings and the detail of every changed page and of every page that shows it
(its related terms, its "Recent Articles"), at ``WAGTAILAPI_BASE_URL``. Their URLs name page
ids, so this costs one query, made only when a CDN is configured.

Wagtail's own frontend_cache receivers are disconnected: they purge only the page's URL,
and before the transaction commits.
"""

from django.conf import settings
from django.urls import reverse

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Page, Site

from cms.caching import page_cache
from cms.pages.site_paths import path_on_site, serving_roots


def urls_for_paths(url_paths):
    """The URLs of the pages at `url_paths` on every Site that serves them."""
    roots = Site.get_site_root_paths()
    return {
        root.root_url + path_on_site(url_path, root)
        for url_path in url_paths
        for root in serving_roots(url_path, roots)
    }


def api_urls(page_ids, url_paths):
    """The API URLs without a query string that show the change, when a CDN may hold them."""
    if not (url_paths and settings.WAGTAILAPI_BASE_URL and get_backends()):
        return set()
    showing = Page.objects.filter(url_path__in=url_paths).values_list("pk", flat=True)
    paths = {reverse("wagtailapi_v2:pages:listing"), reverse("wagtailapi_v3:list_pages")}
    for page_id in {*page_ids, *showing}:
        paths.add(reverse("wagtailapi_v2:pages:detail", kwargs={"pk": page_id}))
        paths.add(reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page_id}))
    return {settings.WAGTAILAPI_BASE_URL.rstrip("/") + path for path in paths}


def purge(page_ids, url_paths, **kwargs):
    page_cache.new_generation()
    purge_urls_from_cache(sorted(urls_for_paths(url_paths) | api_urls(page_ids, url_paths)))
