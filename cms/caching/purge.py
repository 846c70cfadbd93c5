"""Purge cached pages once a publish, unpublish, move or delete has committed.

Readers' pages are cached twice: by ``cms.caching.page_cache`` in the shared Django cache, and by
a CDN when ``WAGTAILFRONTENDCACHE`` configures one. After the change commits, a purge
starts a new page-cache generation (every process sharing the cache sees it) and sends the
CDN the exact URLs that show the changed page (``urls_showing``) through
``purge_urls_from_cache``, a task the worker runs; with no CDN configured it does nothing.

Purging in ``transaction.on_commit`` means a rolled-back change purges nothing, and no
reader can cache the old content again between the purge and the commit. The callbacks are
robust: a cache or task-queue failure is logged and does not turn a committed publish into
an error page.

Deletes need no receiver of their own: Wagtail's ``pre_delete`` receiver unpublishes every
live page being deleted and sends ``page_unpublished`` while the page, its place in the tree
and the references to it still exist. ``post_delete`` would come too late: Wagtail's
reference-index receivers remove the references to a deleted page then, and its
``pre_delete`` receiver has already marked the instance not live.

Wagtail's own frontend_cache receivers are disconnected: they purge only the page's URL,
and before the transaction commits.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, ReferenceIndex

from blog.models import BlogIndexPage, BlogPage
from cms.caching import page_cache
from cms.pages.site_paths import path_on_site, serving_roots
from glossary.models import GlossaryIndexPage, GlossaryPage

SECTION_MODELS = (GlossaryIndexPage, BlogIndexPage)
SIDEBAR_MODELS = (GlossaryPage, BlogPage)


def urls_for_path(url_path):
    """A page's URL on every Site that serves it, from its ``url_path``."""
    return {root.root_url + path_on_site(url_path, root) for root in serving_roots(url_path)}


def live_paths(pages):
    return set(pages.live().values_list("url_path", flat=True))


def referencing_paths(page):
    """Live pages that link to the page, or list it (related terms, featured terms)."""
    ids = (
        ReferenceIndex.get_references_to(page)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return live_paths(Page.objects.filter(pk__in=[int(pk) for pk in ids]))


def urls_showing(page, *, url_path_before=None, parent_before=None):
    """Every URL whose response shows the page, before and after the change.

    - the page and its live descendants (their breadcrumbs show it), at their old URLs too
      when the change moved them;
    - its parent (the index that lists it), the old parent after a move, and the home page
      of its Site (which lists entries and articles);
    - every live page of its Site when it is a section index, which the header of every
      page links to;
    - every live entry and article when it is an article (they all show the "Recent
      Articles" sidebar, and a publish can move any article into or out of it) or an entry
      (any of them may mention its name, which term linking turns into a link with its
      summary);
    - every live page that links to it or lists it, from Wagtail's reference index.
    """
    roots = [root.root_path for root in serving_roots(page.url_path)]
    paths = {page.url_path} | live_paths(Page.objects.descendant_of(page))
    if url_path_before is not None:
        paths |= {url_path_before + path[len(page.url_path) :] for path in paths}
    paths |= {parent.url_path for parent in (page.get_parent(), parent_before) if parent is not None}
    paths |= set(roots)
    if issubclass(page.specific_class, SECTION_MODELS):
        for root in roots:
            paths |= live_paths(Page.objects.filter(url_path__startswith=root))
    if issubclass(page.specific_class, SIDEBAR_MODELS):
        paths |= live_paths(Page.objects.type(*SIDEBAR_MODELS))
    paths |= referencing_paths(page)
    return {url for path in paths for url in urls_for_path(path)}


def purge(urls):
    page_cache.new_generation()
    purge_urls_from_cache(sorted(urls))


def purge_on_commit(urls):
    transaction.on_commit(partial(purge, frozenset(urls)), robust=True)


def purge_changed(instance, **kwargs):
    """A publish or an unpublish (deletes included) of the page."""
    purge_on_commit(urls_showing(instance))


def purge_moved(instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    """A move to another parent; reordering among siblings changes nothing readers see."""
    if url_path_before != url_path_after:
        purge_on_commit(urls_showing(instance, url_path_before=url_path_before, parent_before=parent_page_before))


def purge_slug_changed(instance, instance_before, **kwargs):
    """Wagtail sends this after commit, with the old path; ``page_published`` has no old path.

    Only a subtree with a live page has URLs readers could have been served: a draft's new
    slug purges nothing.
    """
    if Page.objects.live().descendant_of(instance, inclusive=True).exists():
        purge_on_commit(urls_showing(instance, url_path_before=instance_before.url_path))


def purge_restriction_changed(instance, **kwargs):
    """A page made private, or public again: it and every page that shows or mentions it."""
    purge_on_commit(urls_showing(instance.page))


def purge_site_changed(**kwargs):
    """A Site's host name, port or root page: any URL may have changed."""
    transaction.on_commit(page_cache.new_generation, robust=True)
