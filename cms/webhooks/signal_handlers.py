from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.webhooks.events import (
    note_before_delete,
    on_deleted,
    on_moved,
    on_published,
    on_restricted,
    on_slug_changed,
    on_unpublished,
    on_unrestricted,
)


def register_signal_handlers():
    page_published.connect(on_published, dispatch_uid="cms.webhooks.published")
    page_unpublished.connect(on_unpublished, dispatch_uid="cms.webhooks.unpublished")
    post_page_move.connect(on_moved, dispatch_uid="cms.webhooks.moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="cms.webhooks.slug_changed")
    pre_delete.connect(note_before_delete, sender=Page, dispatch_uid="cms.webhooks.deleting")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="cms.webhooks.deleted")
    post_save.connect(on_restricted, sender=PageViewRestriction, dispatch_uid="cms.webhooks.restricted")
    post_delete.connect(on_unrestricted, sender=PageViewRestriction, dispatch_uid="cms.webhooks.unrestricted")
