"""Sending the outbox: signed POSTs, retries with backoff, one page's events in order.

At least once: a row is claimed with a lease before it is sent, and a worker that dies
mid-send leaves the lease to run out, after which another run sends the row again.
Receivers therefore dedupe by the `webhook-id` header (the delivery id).
"""

import base64
import hashlib
import hmac
import json
import random
from datetime import timedelta
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from .models.webhooks import WebhookDelivery

# Receivers that answer these are asked again later; any other 4xx is final.
RETRY_STATUSES = {408, 429}
USER_AGENT = "SoftwareGlossary-Webhooks/1"


def signature(secret, delivery_id, timestamp, body):
    """`v1,<base64 HMAC-SHA256 of "<delivery id>.<timestamp>.<body>">`, as Standard Webhooks signs."""
    signed = f"{delivery_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def request_for(delivery, now):
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = str(int(now.timestamp()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "webhook-id": str(delivery.delivery_id),
        "webhook-event": delivery.event,
        "webhook-timestamp": timestamp,
        "webhook-signature": signature(delivery.endpoint.secret, delivery.delivery_id, timestamp, body),
    }
    return Request(delivery.endpoint.url, data=body, headers=headers, method="POST")  # noqa: S310 (admins set http(s) URLs)


def due(now):
    """Rows to send now: waiting and due, or sending under a lease that ran out; never one
    whose page still has an earlier undelivered event for the same endpoint."""
    unfinished = (WebhookDelivery.PENDING, WebhookDelivery.DELIVERING)
    earlier_unfinished = WebhookDelivery.objects.filter(
        endpoint=OuterRef("endpoint"), page_id=OuterRef("page_id"), pk__lt=OuterRef("pk"), status__in=unfinished
    )
    ready = Q(status=WebhookDelivery.PENDING, next_attempt_at__lte=now) | Q(
        status=WebhookDelivery.DELIVERING, locked_until__lt=now
    )
    return WebhookDelivery.objects.filter(ready).filter(~Exists(earlier_unfinished)).order_by("pk")


def claim(now):
    """Take the next due row with a lease, so that other workers pass it by."""
    with transaction.atomic():
        delivery = due(now).select_for_update(skip_locked=True, of=("self",)).first()
        if delivery is None:
            return None
        delivery.status = WebhookDelivery.DELIVERING
        delivery.locked_until = now + lease()
        delivery.save(update_fields=["status", "locked_until"])
    return WebhookDelivery.objects.select_related("endpoint").get(pk=delivery.pk)


def send(delivery):
    """One attempt: (status code or None, error text)."""
    try:
        with urlopen(request_for(delivery, timezone.now()), timeout=settings.WEBHOOK_TIMEOUT) as response:  # noqa: S310
            return response.status, ""
    except HTTPError as error:
        return error.code, f"HTTP {error.code} {error.reason}"
    except (URLError, TimeoutError, OSError) as error:
        return None, str(getattr(error, "reason", error))


def retry_delay(attempts):
    """The wait after `attempts` failed tries, with jitter so receivers are not hit in step."""
    delays = settings.WEBHOOK_RETRY_DELAYS
    return delays[min(attempts, len(delays)) - 1] * random.uniform(0.8, 1.2)  # noqa: S311 (not security)


def record_attempt(delivery, code, error, now):
    delivery.attempts += 1
    delivery.last_response_code = code
    delivery.last_error = error[:2000]
    delivery.locked_until = None
    if code is not None and 200 <= code < 300:
        delivery.status = WebhookDelivery.DELIVERED
        delivery.delivered_at = now
    elif (code is not None and code < 500 and code not in RETRY_STATUSES) or delivery.attempts >= max_attempts():
        delivery.status = WebhookDelivery.FAILED
    else:
        delivery.status = WebhookDelivery.PENDING
        delivery.next_attempt_at = now + timedelta(seconds=retry_delay(delivery.attempts))
    delivery.save()


def max_attempts():
    return len(settings.WEBHOOK_RETRY_DELAYS) + 1


def deliver_due():
    """Send every row that is due now; the number sent."""
    sent = 0
    while (delivery := claim(timezone.now())) is not None:
        code, error = send(delivery)
        record_attempt(delivery, code, error, timezone.now())
        sent += 1
    return sent


def lease():
    return timedelta(seconds=settings.WEBHOOK_TIMEOUT * 2 + 30)


def next_due_at():
    """When the earliest unfinished row falls due, or None when nothing is left to send."""
    pending = WebhookDelivery.objects.filter(status=WebhookDelivery.PENDING).order_by("next_attempt_at")
    sending = WebhookDelivery.objects.filter(status=WebhookDelivery.DELIVERING).order_by("locked_until")
    times = [
        pending.values_list("next_attempt_at", flat=True).first(),
        sending.values_list("locked_until", flat=True).first(),
    ]
    times = [time for time in times if time is not None]
    return min(times) if times else None


def resend(delivery):
    """An admin's "Resend": the row goes back in the queue as if new, keeping its delivery id."""
    delivery.status = WebhookDelivery.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = timezone.now()
    delivery.locked_until = None
    delivery.save(update_fields=["status", "attempts", "next_attempt_at", "locked_until"])
