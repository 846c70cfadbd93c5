"""Purge cached pages when what readers see has changed (``cms.pages.signals.published_content_changed``).

Readers' pages are cached twice: by ``cms.caching.page_cache`` in the shared Django cache, and by
a CDN when ``WAGTAILFRONTENDCACHE`` configures one. The signal comes once the change has
committed; the purge then starts a new page-cache generation (every process sharing the cache
sees it) and sends the CDN the exact URLs of the pages that show the change, on every Site
that serves them, through ``purge_urls_from_cache``, a task the worker runs; with no CDN
configured it does nothing. The generation comes first, so a CDN that fetches a purged URL
again is not answered from the page cache. A Site change names no URL: it renews the
generation only.

Wagtail's own frontend_cache receivers are disconnected: they purge only the page's URL,
and before the transaction commits.
"""

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

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


def purge(url_paths, **kwargs):
    page_cache.new_generation()
    purge_urls_from_cache(sorted(urls_for_paths(url_paths)))
