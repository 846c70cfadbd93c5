from cms.pages.signals import published_content_changed

from .term_index import retire_when_terms_change


def register_signal_handlers():
    published_content_changed.connect(retire_when_terms_change, dispatch_uid="glossary.term_index")
