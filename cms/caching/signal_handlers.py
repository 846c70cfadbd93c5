from django.apps import apps
from django.db.models.signals import post_migrate

from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache_receivers
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from cms.caching.cache_table import create_cache_table
from cms.caching.purge import purge
from cms.pages.signals import published_content_changed


def register_signal_handlers(app_config):
    """Connect the purge, replacing Wagtail's own frontend-cache receivers (see cms.caching.purge)."""
    post_migrate.connect(create_cache_table, sender=app_config, dispatch_uid="cms.caching.cache_table")
    for model in (model for model in apps.get_models() if issubclass(model, Page)):
        page_published.disconnect(frontend_cache_receivers.page_published_signal_handler, sender=model)
        page_unpublished.disconnect(frontend_cache_receivers.page_unpublished_signal_handler, sender=model)
    published_content_changed.connect(purge, dispatch_uid="cms.caching.purge")
