from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save

from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.pages.changes import (
    on_moved,
    on_published_or_unpublished,
    on_restriction_changed,
    on_site_changed,
    on_slug_changed,
)
from cms.pages.languages import create_missing_locales


def register_signal_handlers():
    """Send `cms.pages.signals.published_content_changed` for every change readers can see."""
    page_published.connect(on_published_or_unpublished, dispatch_uid="cms.pages.changes.published")
    page_unpublished.connect(on_published_or_unpublished, dispatch_uid="cms.pages.changes.unpublished")
    post_page_move.connect(on_moved, dispatch_uid="cms.pages.changes.moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="cms.pages.changes.slug_changed")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.pages.changes.restricted")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.pages.changes.opened")
    post_save.connect(on_site_changed, sender=Site, dispatch_uid="cms.pages.changes.site_saved")
    post_delete.connect(on_site_changed, sender=Site, dispatch_uid="cms.pages.changes.site_deleted")
    post_migrate.connect(
        create_missing_locales, sender=apps.get_app_config("cms"), dispatch_uid="cms.pages.languages.locales"
    )
