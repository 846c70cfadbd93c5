"""Renew the terms version (glossary.versions) once a change that touches the terms has committed."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .versions import TERMS_VERSION


def renew_after_commit():
    transaction.on_commit(TERMS_VERSION.renew)


def is_term_page(page_class):
    from .models import GlossaryIndexPage, GlossaryPage

    return issubclass(page_class, GlossaryIndexPage | GlossaryPage)


def holds_terms(page):
    """Whether the page is an entry or the index, or has one below it."""
    from .models import GlossaryIndexPage, GlossaryPage

    return Page.objects.descendant_of(page, inclusive=True).type(GlossaryIndexPage, GlossaryPage).exists()


def on_publish_or_unpublish(sender, **kwargs):
    if is_term_page(sender):
        renew_after_commit()


def on_new_url(sender, instance, **kwargs):
    if holds_terms(instance):
        renew_after_commit()


def on_view_restriction(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()  # None while the page itself is deleted
    if page is None or holds_terms(page):
        renew_after_commit()


def on_site(sender, **kwargs):
    renew_after_commit()


def register_signal_handlers():
    page_published.connect(on_publish_or_unpublish, dispatch_uid="glossary.published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="glossary.unpublished")
    page_slug_changed.connect(on_new_url, dispatch_uid="glossary.slug_changed")
    post_page_move.connect(on_new_url, dispatch_uid="glossary.moved")
    post_save.connect(on_view_restriction, sender=PageViewRestriction, dispatch_uid="glossary.restricted")
    post_delete.connect(on_view_restriction, sender=PageViewRestriction, dispatch_uid="glossary.unrestricted")
    post_save.connect(on_site, sender=Site, dispatch_uid="glossary.site_saved")
    post_delete.connect(on_site, sender=Site, dispatch_uid="glossary.site_deleted")
