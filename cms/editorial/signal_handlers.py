from django.db.models.signals import post_save, pre_delete

from wagtail.models import Page, PageLogEntry

from cms.editorial.broken_links import reindex_linking_pages
from cms.editorial.scheduled_approval import on_log_entry


def register_signal_handlers():
    post_save.connect(on_log_entry, sender=PageLogEntry, dispatch_uid="cms.editorial.went_live_as_scheduled")
    pre_delete.connect(reindex_linking_pages, sender=Page, dispatch_uid="cms.editorial.broken_links.reindex")
