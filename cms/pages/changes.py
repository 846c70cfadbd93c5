"""Wagtail's page, privacy and Site signals become one `published_content_changed`, sent after commit.

Each receiver here runs while the change is made, inside its transaction, and collects what
the change touches then; `transaction.on_commit` sends the signal once the change commits,
so a rolled-back change sends nothing, and no reader can cache the old content again between
the send and the commit. `send_robust` logs a receiver that fails and carries on: a cache or
task-queue failure does not turn a committed publish into an error page.

Deletes need no receiver of their own: Wagtail's ``pre_delete`` receiver unpublishes every
live page being deleted and sends ``page_unpublished`` while the page, its place in the tree
and the references to it still exist. ``post_delete`` would come too late: Wagtail's
reference-index receivers remove the references to a deleted page then, and its
``pre_delete`` receiver has already marked the instance not live. A deleted draft was never
seen by readers and sends nothing.
"""

from functools import partial

from django.db import transaction

from wagtail.models import Page, Site

from cms.pages.base import BasePage
from cms.pages.showing import url_paths_showing
from cms.pages.signals import published_content_changed


def live_descendants(page):
    return list(Page.objects.live().descendant_of(page))


def shown_on(page):
    """What the page type says shows the page; Wagtail's own types get the default."""
    page = page.specific_deferred
    return page.get_url_paths_showing() if isinstance(page, BasePage) else url_paths_showing(page)


def changed_paths(page, descendants, url_path_before=None):
    """The page and the descendants given (their breadcrumbs show it), at their old paths too
    when a move or a new slug changed them."""
    paths = {page.url_path} | {descendant.url_path for descendant in descendants}
    if url_path_before is not None:
        paths |= {url_path_before + path[len(page.url_path) :] for path in paths}
    return paths


def pages_showing(page, parent_before=None):
    """What shows the page, and its old parent (and what the parent lists it on) after a move."""
    paths = shown_on(page)
    if parent_before is None:
        return paths
    parent_before = parent_before.specific_deferred
    routes = parent_before.get_route_url_paths() if isinstance(parent_before, BasePage) else set()
    return paths | {parent_before.url_path} | routes


def paths_showing(page, descendants, *, url_path_before=None, parent_before=None):
    """The page and its live descendants, at their old paths too when a move or a new slug
    changed them, the old parent after a move, and what shows the page."""
    return changed_paths(page, descendants, url_path_before) | pages_showing(page, parent_before)


def send_on_commit(sender, pages, url_paths):
    page_ids = None if pages is None else frozenset(page.pk for page in pages)
    transaction.on_commit(
        partial(
            published_content_changed.send_robust,
            sender=sender,
            pages=pages,
            page_ids=page_ids,
            url_paths=frozenset(url_paths),
        )
    )


def on_published_or_unpublished(instance, **kwargs):
    """A publish, an unpublish, or a delete of a live page."""
    send_on_commit(instance.specific_class, [instance], paths_showing(instance, live_descendants(instance)))


def on_moved(instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    """A move to another parent, or among its siblings. A reorder changes no URL and no page
    shows the order, so nothing is purged by URL; but the pages' tree paths, which what each
    process keeps per generation holds (the section pages, breadcrumbs), have changed."""
    if url_path_before == url_path_after:
        send_on_commit(instance.specific_class, [instance], ())
        return
    descendants = live_descendants(instance)
    paths = paths_showing(instance, descendants, url_path_before=url_path_before, parent_before=parent_page_before)
    send_on_commit(instance.specific_class, [instance, *descendants], paths)


def on_slug_changed(instance, instance_before, **kwargs):
    """Wagtail sends this after commit, with the old path; ``page_published`` has no old path.

    Only a subtree with a live page has URLs readers could have been served: a draft's new
    slug sends nothing.
    """
    descendants = live_descendants(instance)
    if instance.live or descendants:
        paths = paths_showing(instance, descendants, url_path_before=instance_before.url_path)
        send_on_commit(instance.specific_class, [instance, *descendants], paths)


def on_restriction_changed(instance, **kwargs):
    """A page made private, or public again: it and every page under it."""
    page = instance.page
    descendants = live_descendants(page)
    send_on_commit(page.specific_class, [page, *descendants], paths_showing(page, descendants))


def on_site_changed(**kwargs):
    """A Site's host name, port or root page: any URL may have changed."""
    send_on_commit(Site, None, ())
