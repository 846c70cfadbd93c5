from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"

    def ready(self):
        from . import signal_handlers

        signal_handlers.register_signal_handlers()
