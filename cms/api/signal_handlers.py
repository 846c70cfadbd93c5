from wagtail.signals import page_published

from cms.api.preview import forget_previews


def register_signal_handlers():
    page_published.connect(forget_previews, dispatch_uid="cms.api.preview.forget_previews")
