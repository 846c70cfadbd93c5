"""Webhook endpoints (managed by admins) and the outbox of deliveries the worker sends.

A delivery row is written in the same transaction as the change it reports, so a change
that rolls back sends nothing and a change that commits is never lost: the worker keeps
trying until the receiver answers or the tries run out.
"""

import secrets
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import get_page_models

PUBLISHED = "page.published"
UNPUBLISHED = "page.unpublished"
DELETED = "page.deleted"
MOVED = "page.moved"


def new_secret():
    return secrets.token_urlsafe(32)


def page_content_types():
    return Q(pk__in=[ContentType.objects.get_for_model(model).pk for model in get_page_models()])


class WebhookEndpoint(models.Model):
    name = models.CharField(max_length=120, help_text="Who receives these events, e.g. Front-end rebuild.")
    url = models.URLField(max_length=500, help_text="Receives a POST with a JSON body for every event.")
    secret = models.CharField(
        max_length=200,
        default=new_secret,
        help_text="Signs every delivery (see docs/webhooks.md). Give it to the receiver; keep it private.",
    )
    on_published = models.BooleanField("Page published", default=True)
    on_unpublished = models.BooleanField("Page unpublished", default=True)
    on_deleted = models.BooleanField("Page deleted", default=True)
    on_moved = models.BooleanField("Page moved or renamed", default=True)
    page_types = models.ManyToManyField(
        ContentType,
        blank=True,
        limit_choices_to=page_content_types,
        related_name="+",
        help_text="Only events of these page types. Leave empty for every page type.",
    )
    active = models.BooleanField(default=True, help_text="Inactive endpoints receive nothing new.")
    created_at = models.DateTimeField(auto_now_add=True)

    EVENT_FLAGS = {PUBLISHED: "on_published", UNPUBLISHED: "on_unpublished", DELETED: "on_deleted", MOVED: "on_moved"}

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        MultiFieldPanel(
            [FieldPanel(flag) for flag in EVENT_FLAGS.values()] + [FieldPanel("page_types")],
            heading="Events",
        ),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "webhook endpoint"

    def __str__(self):
        return self.name

    def wants(self, event, content_type_id):
        """Whether this endpoint subscribes to `event` for pages of this content type."""
        if not self.active or not getattr(self, self.EVENT_FLAGS[event]):
            return False
        types = {content_type.pk for content_type in self.page_types.all()}
        return not types or content_type_id in types


class WebhookDelivery(models.Model):
    PENDING = "pending"
    DELIVERING = "delivering"
    DELIVERED = "delivered"
    FAILED = "failed"
    STATUSES = [(PENDING, "Waiting"), (DELIVERING, "Sending"), (DELIVERED, "Delivered"), (FAILED, "Failed")]

    delivery_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40)
    # No foreign key: a deletion is reported after the page is gone.
    page_id = models.PositiveIntegerField()
    payload = models.JSONField()
    status = models.CharField(max_length=20, choices=STATUSES, default=PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    locked_until = models.DateTimeField(null=True, blank=True)
    last_response_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-pk"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["endpoint", "page_id", "id"]),
        ]

    def __str__(self):
        return f"{self.event} of page {self.page_id} to {self.endpoint}"
