from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save

from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache_receivers
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.caching.cache_table import create_cache_table
from cms.caching.purge import (
    purge_changed,
    purge_moved,
    purge_restriction_changed,
    purge_site_changed,
    purge_slug_changed,
)


def register_signal_handlers(app_config):
    """Connect the purge, replacing Wagtail's own frontend-cache receivers (see cms.caching.purge)."""
    post_migrate.connect(create_cache_table, sender=app_config, dispatch_uid="cms.caching.cache_table")
    for model in (model for model in apps.get_models() if issubclass(model, Page)):
        page_published.disconnect(frontend_cache_receivers.page_published_signal_handler, sender=model)
        page_unpublished.disconnect(frontend_cache_receivers.page_unpublished_signal_handler, sender=model)
    page_published.connect(purge_changed, dispatch_uid="cms.caching.purge.published")
    page_unpublished.connect(purge_changed, dispatch_uid="cms.caching.purge.unpublished")
    post_page_move.connect(purge_moved, dispatch_uid="cms.caching.purge.moved")
    page_slug_changed.connect(purge_slug_changed, dispatch_uid="cms.caching.purge.slug_changed")
    post_save.connect(
        purge_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.caching.purge.restricted"
    )
    post_delete.connect(purge_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.caching.purge.opened")
    post_save.connect(purge_site_changed, sender=Site, dispatch_uid="cms.caching.purge.site_saved")
    post_delete.connect(purge_site_changed, sender=Site, dispatch_uid="cms.caching.purge.site_deleted")
