"""Webhook endpoints (managed by admins) and the outbox of deliveries the worker sends.

A delivery row is written in the same transaction as the change it reports, so a change
that rolls back sends nothing and a change that commits is never lost: the worker keeps
trying until the receiver answers or the tries run out.
"""

import base64
import binascii
import secrets
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import get_page_models

PUBLISHED = "page.published"
UNPUBLISHED = "page.unpublished"
DELETED = "page.deleted"
MOVED = "page.moved"


# Standard Webhooks secrets: "whsec_" and the HMAC key in base64, 24 to 64 bytes of it.
SECRET_PREFIX = "whsec_"  # noqa: S105 (the scheme's prefix, not a secret)
SECRET_BYTES = (24, 64)


def new_secret():
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def secret_key(secret):
    """The HMAC key a `whsec_` secret stands for."""
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)


def validate_secret(value):
    shortest, longest = SECRET_BYTES
    if not value.startswith(SECRET_PREFIX):
        raise ValidationError(f'A secret starts with "{SECRET_PREFIX}", then the key in base64.')
    try:
        key = secret_key(value)
    except binascii.Error:
        raise ValidationError(f'After "{SECRET_PREFIX}" comes the key in base64 (A-Z, a-z, 0-9, +, / and =).') from None
    if not shortest <= len(key) <= longest:
        raise ValidationError(f"The key is {len(key)} bytes; it must be {shortest} to {longest}.")


def page_content_types():
    return Q(pk__in=[ContentType.objects.get_for_model(model).pk for model in get_page_models()])


class WebhookEndpoint(models.Model):
    name = models.CharField(max_length=120, help_text=_("Who receives these events, e.g. Front-end rebuild."))
    url = models.URLField(
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Receives a POST with a JSON body for every event (http or https; redirects are not followed)."),
    )
    secret = models.CharField(
        max_length=200,
        default=new_secret,
        validators=[validate_secret],
        help_text=_(
            "Signs every delivery, in the Standard Webhooks form (whsec_ and the key in base64; see "
            "docs/webhooks.md). Give it to the receiver; keep it private."
        ),
    )
    on_published = models.BooleanField(_("Page published"), default=True)
    on_unpublished = models.BooleanField(_("Page unpublished"), default=True)
    on_deleted = models.BooleanField(_("Page deleted"), default=True)
    on_moved = models.BooleanField(_("Page moved or renamed"), default=True)
    page_types = models.ManyToManyField(
        ContentType,
        blank=True,
        limit_choices_to=page_content_types,
        related_name="+",
        help_text=_("Only events of these page types. Leave empty for every page type."),
    )
    active = models.BooleanField(default=True, help_text=_("Inactive endpoints receive nothing new."))
    deactivated_reason = models.CharField(
        _("Why inactive"),
        max_length=300,
        blank=True,
        editable=False,
        help_text=_("Set when the receiver answered 410 Gone; cleared when an admin activates it again."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    EVENT_FLAGS = {PUBLISHED: "on_published", UNPUBLISHED: "on_unpublished", DELETED: "on_deleted", MOVED: "on_moved"}

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        MultiFieldPanel(
            [FieldPanel(flag) for flag in EVENT_FLAGS.values()] + [FieldPanel("page_types")],
            heading=_("Events"),
        ),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook endpoint")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.active and self.deactivated_reason:
            self.deactivated_reason = ""
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "deactivated_reason"}
        super().save(*args, **kwargs)

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
    STATUSES = [
        (PENDING, _("Waiting")),
        (DELIVERING, _("Sending")),
        (DELIVERED, _("Delivered")),
        (FAILED, _("Failed")),
    ]

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
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["endpoint", "page_id", "id"]),
        ]

    def __str__(self):
        return f"{self.event} of page {self.page_id} to {self.endpoint}"
