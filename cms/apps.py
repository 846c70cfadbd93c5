from django.apps import AppConfig


class CmsConfig(AppConfig):
    verbose_name = "Site core"
    name = "cms"

    def ready(self):
        from django.db.models.signals import post_migrate

        from wagtail.signals import page_published

        from . import api_stream_schema, cache_purge, media_permissions, scheduled_approval, webhook_events
        from .cache_table import create_cache_table
        from .preview import forget_previews

        post_migrate.connect(create_cache_table, sender=self, dispatch_uid="cms.cache_table.create_cache_table")
        page_published.connect(forget_previews, dispatch_uid="cms.preview.forget_previews")
        api_stream_schema.register()
        webhook_events.connect()
        cache_purge.connect()
        media_permissions.register_policies()
        scheduled_approval.connect()
