"""The settings a site may give the glossary; every one is optional (README: Settings)."""

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULTS = {
    # The abstract Page subclass entries are built on, and the one the index is built on.
    "GLOSSARY_PAGE_BASE": "wagtail.models.Page",
    "GLOSSARY_INDEX_PAGE_BASE": None,
    # The StreamBlock of an entry's body.
    "GLOSSARY_BODY_BLOCK": "glossary.blocks.GlossaryStreamBlock",
    # The class that keeps the terms version in Django's cache.
    "GLOSSARY_TERMS_VERSION_CLASS": "glossary.versions.CacheToken",
    # Governance: an entry is due for review when its last review is older than this many days.
    "GLOSSARY_REVIEW_AFTER_DAYS": 365,
    # The largest terms file an import reads, in bytes.
    "GLOSSARY_IMPORT_MAX_BYTES": 10 * 1024 * 1024,
    # The admin's imports: a file with more rows than this is written by the task worker.
    "GLOSSARY_IMPORT_BACKGROUND_ROWS": 200,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])


def imported(name):
    return import_string(setting(name))


def page_base():
    return imported("GLOSSARY_PAGE_BASE")


def index_page_base():
    return import_string(setting("GLOSSARY_INDEX_PAGE_BASE") or setting("GLOSSARY_PAGE_BASE"))
