from django.apps import AppConfig


class CmsConfig(AppConfig):
    verbose_name = "Site core"
    name = "cms"

    def ready(self):
        from cms.api import signal_handlers as api_signal_handlers
        from cms.api import stream_schema
        from cms.caching import signal_handlers as caching_signal_handlers
        from cms.editorial import media_permissions
        from cms.editorial import signal_handlers as editorial_signal_handlers
        from cms.pages import signal_handlers as page_signal_handlers
        from cms.webhooks import signal_handlers as webhook_signal_handlers

        api_signal_handlers.register_signal_handlers()
        # Before the webhooks: a change's purge is then queued for after the commit ahead of its
        # deliveries, so a front-end that reads the API on a webhook reads the change.
        page_signal_handlers.register_signal_handlers()
        stream_schema.register()
        webhook_signal_handlers.register_signal_handlers()
        caching_signal_handlers.register_signal_handlers(self)
        media_permissions.register_policies()
        editorial_signal_handlers.register_signal_handlers()
