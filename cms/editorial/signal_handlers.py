from django.db.models.signals import post_save

from wagtail.models import PageLogEntry

from cms.editorial.scheduled_approval import on_log_entry


def register_signal_handlers():
    post_save.connect(on_log_entry, sender=PageLogEntry, dispatch_uid="cms.editorial.went_live_as_scheduled")
