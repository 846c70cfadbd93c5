"""Sending the outbox: signed POSTs, retries with backoff, one page's events in order.

At least once: a row is claimed with a lease before it is sent, and a worker that dies
mid-send leaves the lease to run out, after which another run sends the row again.
Receivers therefore dedupe by the `webhook-id` header (the delivery id).

Redirects are never followed (a followed 302 turns the POST into a GET, and the event is
lost): a 3xx is a failed attempt, retried, with its Location in the log.
"""

import base64
import hashlib
import hmac
import json
import logging
import random
from dataclasses import dataclass
from datetime import timedelta
from urllib.error import HTTPError, URLError
from urllib.request import (
    HTTPDefaultErrorHandler,
    HTTPErrorProcessor,
    HTTPHandler,
    HTTPSHandler,
    OpenerDirector,
    ProxyHandler,
    Request,
)

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.http import parse_http_date_safe

from cms.models.webhooks import WebhookDelivery, secret_key

logger = logging.getLogger(__name__)

# Receivers that answer these are asked again later; any other 4xx is final.
RETRY_STATUSES = {408, 429}
# Their Retry-After header says when to ask again.
RETRY_AFTER_STATUSES = {429, 503}
GONE = 410
USER_AGENT = "SoftwareGlossary-Webhooks/1"


def opener():
    """urllib's default opener without its redirect handler (and without file:, ftp: and data:):
    a 3xx then raises HTTPError like any other answer that is not a success."""
    director = OpenerDirector()
    for handler in (ProxyHandler(), HTTPHandler(), HTTPSHandler(), HTTPDefaultErrorHandler(), HTTPErrorProcessor()):
        director.add_handler(handler)
    return director


@dataclass(frozen=True)
class Answer:
    code: int | None
    error: str = ""
    retry_after: float | None = None  # seconds, from a Retry-After header


def retry_after_seconds(value, now):
    """A Retry-After header's delay-seconds or HTTP-date as seconds from `now` (None when absent or unreadable)."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    when = parse_http_date_safe(value)
    return None if when is None else max(0.0, when - now.timestamp())


def signature(secret, delivery_id, timestamp, body):
    """`v1,<base64 HMAC-SHA256 of "<delivery id>.<timestamp>.<body>">`, keyed with the key the
    `whsec_` secret stands for, as Standard Webhooks signs."""
    signed = f"{delivery_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
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
    return Request(delivery.endpoint.url, data=body, headers=headers, method="POST")  # noqa: S310 (opener() has http(s) handlers only)


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
    """One attempt, as an Answer."""
    try:
        with opener().open(request_for(delivery, timezone.now()), timeout=settings.WEBHOOK_TIMEOUT) as response:
            return Answer(response.status)
    except HTTPError as error:
        text = f"HTTP {error.code} {error.reason}"
        if 300 <= error.code < 400:
            text += f"; redirects are not followed (Location: {error.headers.get('Location', 'none')})"
        retry_after = None
        if error.code in RETRY_AFTER_STATUSES:
            retry_after = retry_after_seconds(error.headers.get("Retry-After"), timezone.now())
        return Answer(error.code, text, retry_after)
    except (URLError, TimeoutError, OSError) as error:
        return Answer(None, str(getattr(error, "reason", error)))


def retry_delay(attempts):
    """The wait after `attempts` failed tries, with jitter so receivers are not hit in step."""
    delays = settings.WEBHOOK_RETRY_DELAYS
    return delays[min(attempts, len(delays)) - 1] * random.uniform(0.8, 1.2)  # noqa: S311 (not security)


def is_final(code):
    """A client error other than a timeout or throttling: asking again would get the same answer."""
    return code is not None and 400 <= code < 500 and code not in RETRY_STATUSES


def record_attempt(delivery, answer, now):
    delivery.attempts += 1
    delivery.last_response_code = answer.code
    delivery.last_error = answer.error[:2000]
    delivery.locked_until = None
    if answer.code is not None and 200 <= answer.code < 300:
        delivery.status = WebhookDelivery.DELIVERED
        delivery.delivered_at = now
    elif answer.code == GONE:
        delivery.status = WebhookDelivery.FAILED
        retire_endpoint(delivery, now)
    elif is_final(answer.code) or delivery.attempts >= max_attempts():
        delivery.status = WebhookDelivery.FAILED
    else:
        delivery.status = WebhookDelivery.PENDING
        if answer.retry_after is None:
            delivery.next_attempt_at = now + timedelta(seconds=retry_delay(delivery.attempts))
        else:
            # The receiver's own wait, up to the longest of ours, for every delivery to it.
            wait = timedelta(seconds=min(answer.retry_after, max(settings.WEBHOOK_RETRY_DELAYS)))
            delivery.next_attempt_at = now + wait
            WebhookDelivery.objects.filter(
                endpoint_id=delivery.endpoint_id, status=WebhookDelivery.PENDING, next_attempt_at__lt=now + wait
            ).exclude(pk=delivery.pk).update(next_attempt_at=now + wait)
    delivery.save()


def retire_endpoint(delivery, now):
    """410 Gone: the receiver says it is gone for good, so its endpoint is deactivated and
    nothing more is sent to it; an admin who reactivates it can resend what failed."""
    endpoint = delivery.endpoint
    endpoint.active = False
    endpoint.deactivated_reason = (
        f"Answered 410 Gone to delivery {delivery.delivery_id} on {now:%Y-%m-%d %H:%M} UTC; deactivated."
    )
    endpoint.save(update_fields=["active", "deactivated_reason"])
    WebhookDelivery.objects.filter(endpoint=endpoint, status=WebhookDelivery.PENDING).exclude(pk=delivery.pk).update(
        status=WebhookDelivery.FAILED, last_error="Not sent: the endpoint answered 410 Gone and was deactivated."
    )
    logger.warning("Webhook endpoint %r (%s) answered 410 Gone and is deactivated.", endpoint.name, endpoint.url)


def max_attempts():
    return len(settings.WEBHOOK_RETRY_DELAYS) + 1


def deliver_due():
    """Send every row that is due now; the number sent."""
    sent = 0
    while (delivery := claim(timezone.now())) is not None:
        record_attempt(delivery, send(delivery), timezone.now())
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
