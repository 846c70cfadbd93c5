"""Page events become outbox rows, one per subscribed endpoint, inside the change's transaction.

Only what readers may already see goes into a payload: the published title and path of a
page that is (or was) live. Drafts, and pages that were never published, send nothing.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from django.utils import timezone

from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .models.webhooks import DELETED, MOVED, PUBLISHED, UNPUBLISHED, WebhookDelivery, WebhookEndpoint
from .site_paths import path_on_site, serving_roots
from .tasks import deliver_webhooks


def site_path(url_path):
    """A page's path as readers type it ("/glossary/api/"), from Wagtail's internal url_path."""
    roots = serving_roots(url_path)
    return path_on_site(url_path, roots[0]) if roots else url_path


def payload(event, page, revision_id=None, old_url_path=None):
    data = {
        "event": event,
        "page": {
            "id": page.pk,
            "type": page.specific_class._meta.label if page.specific_class else "wagtailcore.Page",
            "title": page.title,
            "url_path": site_path(page.url_path),
        },
        "revision_id": revision_id,
        "timestamp": timezone.now().isoformat(),
    }
    if old_url_path is not None:
        data["old_url_path"] = site_path(old_url_path)
        data["new_url_path"] = data["page"]["url_path"]
    return data


def record(event, page, **details):
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(active=True).prefetch_related("page_types")
        if endpoint.wants(event, page.content_type_id)
    ]
    if not endpoints:
        return
    data = payload(event, page, **details)
    WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(endpoint=endpoint, event=event, page_id=page.pk, payload=data) for endpoint in endpoints]
    )
    transaction.on_commit(send_soon)


def send_soon():
    deliver_webhooks.enqueue()


def on_published(sender, instance, revision=None, **kwargs):
    record(PUBLISHED, instance, revision_id=revision.pk if revision else instance.live_revision_id)


def on_unpublished(sender, instance, **kwargs):
    record(UNPUBLISHED, instance)


def on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if instance.live and url_path_before != url_path_after:
        record(MOVED, instance, old_url_path=url_path_before)


def on_slug_changed(sender, instance, instance_before, **kwargs):
    if instance.live and instance_before.url_path != instance.url_path:
        record(MOVED, instance, old_url_path=instance_before.url_path)


def on_deleted(sender, instance, **kwargs):
    if instance.first_published_at is not None:
        record(DELETED, instance)


def connect():
    page_published.connect(on_published, dispatch_uid="cms.webhooks.published")
    page_unpublished.connect(on_unpublished, dispatch_uid="cms.webhooks.unpublished")
    post_page_move.connect(on_moved, dispatch_uid="cms.webhooks.moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="cms.webhooks.slug_changed")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="cms.webhooks.deleted")
