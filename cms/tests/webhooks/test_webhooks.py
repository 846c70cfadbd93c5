"""Webhooks end to end: page events -> outbox rows in the change's transaction -> signed POSTs
to a real receiver on 127.0.0.1, with retries, in order, at least once."""

import base64
import hashlib
import hmac
import importlib
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from standardwebhooks import Webhook, WebhookVerificationError

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django.utils.http import http_date

from wagtail.models import PageViewRestriction

from blog.factories import BlogPageFactory
from cms.editorial.roles import EDITORS
from cms.editorial.tasks import publish_scheduled_pages
from cms.models import WebhookDelivery, WebhookEndpoint
from cms.models.webhooks import new_secret
from cms.tests.html import soup
from cms.tests.scheduling import make_due
from cms.tests.webhook_receiver import EXAMPLE_SECRET
from cms.webhooks import delivery as webhook_delivery
from cms.webhooks.tasks import deliver_webhooks
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryPage

DOCS = Path(__file__).resolve().parents[3] / "docs" / "webhooks.md"


def documented_verify():
    """The receiver-side check exactly as docs/webhooks.md tells receivers to copy it."""
    snippet = re.search(r"```python\n(.*?)```", DOCS.read_text(), re.DOTALL).group(1)
    namespace = {}
    exec(snippet, namespace)  # noqa: S102 (our own documentation)
    return namespace["verify"]


@pytest.fixture
def term(tree, endpoint):
    return GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache")


def publish(page, django_capture_on_commit_callbacks, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def events(receiver):
    return [(item.json["event"], item.json["page"]["title"]) for item in receiver.received]


def test_publishing_sends_one_signed_delivery(term, receiver, endpoint, django_capture_on_commit_callbacks):
    publish(term, django_capture_on_commit_callbacks, title="Caching")

    assert len(receiver.received) == 1
    delivery = WebhookDelivery.objects.get()
    arrived = receiver.received[0]
    body = arrived.json
    assert set(body) == {"event", "page", "revision_id", "paths", "timestamp"}
    assert body["event"] == "page.published"
    assert body["page"] == {
        "id": term.pk,
        "type": "glossary.GlossaryPage",
        "title": "Caching",
        "url_path": "/glossary/cache/",
        "locale": "en",
    }
    assert body["revision_id"] == GlossaryPage.objects.get(pk=term.pk).live_revision_id
    assert body["paths"] == ["/", "/glossary/", "/glossary/cache/"]
    assert arrived.headers["webhook-id"] == str(delivery.delivery_id)
    assert arrived.headers["webhook-event"] == "page.published"
    assert arrived.headers["content-type"] == "application/json"
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == ("delivered", 1, 200)

    verify = documented_verify()
    assert verify(EXAMPLE_SECRET, arrived.headers, arrived.body) == body
    assert verify(EXAMPLE_SECRET, arrived.headers, arrived.body.replace(b"Caching", b"Hacked!")) is None
    assert verify(new_secret(), arrived.headers, arrived.body) is None
    stale = {**arrived.headers, "webhook-timestamp": str(int(arrived.headers["webhook-timestamp"]) - 3600)}
    assert verify(EXAMPLE_SECRET, stale, arrived.body) is None


def test_the_official_standard_webhooks_package_verifies_real_deliveries_with_the_shown_secret(
    admin_client, tree, receiver, django_capture_on_commit_callbacks
):
    form = admin_client.get("/admin/webhooks/endpoints/new/")
    shown = soup(form).select_one("input[name=secret]")["value"]
    assert re.fullmatch(r"whsec_[A-Za-z0-9+/]{43}=", shown)
    fields = {"name": "Static build", "url": receiver.url, "secret": shown, "on_published": "on", "active": "on"}
    assert admin_client.post("/admin/webhooks/endpoints/new/", fields).status_code == 302

    publish(GlossaryPageFactory(parent=tree.glossary, title="Index"), django_capture_on_commit_callbacks)

    arrived = receiver.received[0]
    assert Webhook(shown).verify(arrived.body, arrived.headers)["page"]["title"] == "Index"
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(arrived.body, arrived.headers)


@pytest.mark.parametrize(
    ("secret", "error"),
    [
        ("s3cret", 'A secret starts with "whsec_", then the key in base64.'),
        ("whsec_not base64!", 'After "whsec_" comes the key in base64 (A-Z, a-z, 0-9, +, / and =).'),
        ("whsec_c2hvcnQ=", "The key is 5 bytes; it must be 24 to 64."),
    ],
)
def test_a_secret_not_in_the_standard_form_is_refused(admin_client, receiver, secret, error):
    response = admin_client.post(
        "/admin/webhooks/endpoints/new/", {"name": "Static build", "url": receiver.url, "secret": secret}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["secret"] == [error]
    assert not WebhookEndpoint.objects.exists()


def test_existing_plain_text_secrets_are_migrated_to_the_same_key(db):
    migration = importlib.import_module("cms.migrations.0006_webhook_endpoints_http_only_whsec_secrets_deactivation")
    plain = "an old secret, typed as text"
    endpoint = WebhookEndpoint.objects.create(name="Old", url="https://example.com/hooks/", secret=plain)

    migration.secrets_to_whsec(django_apps, None)

    endpoint.refresh_from_db()
    assert endpoint.secret == "whsec_" + base64.b64encode(plain.encode()).decode()
    body = b'{"event":"page.published"}'
    signed_now = webhook_delivery.signature(endpoint.secret, "msg_1", "1796263200", body)
    signed_before = base64.b64encode(hmac.new(plain.encode(), b"msg_1.1796263200." + body, hashlib.sha256).digest())
    assert signed_now == "v1," + signed_before.decode()
    migration.whsec_to_secrets(django_apps, None)
    endpoint.refresh_from_db()
    assert endpoint.secret == plain


def test_a_rolled_back_publish_sends_nothing(term, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        term.save_revision().publish()
        raise RuntimeError("the change fails after publishing")

    assert WebhookDelivery.objects.count() == 0
    assert receiver.received == []


def run_due_deliveries_later():
    """What the worker does once the retry waits are over."""
    WebhookDelivery.objects.filter(status=WebhookDelivery.PENDING).update(next_attempt_at=timezone.now())
    return webhook_delivery.deliver_due()


def test_receiver_down_then_failing_then_up_gets_every_event_in_order(
    term, receiver, endpoint, django_capture_on_commit_callbacks
):
    receiver.stop()
    publish(term, django_capture_on_commit_callbacks, title="Cache v1")
    publish(term, django_capture_on_commit_callbacks, title="Cache v2")
    with django_capture_on_commit_callbacks(execute=True):
        term.unpublish()

    first = WebhookDelivery.objects.order_by("pk").first()
    assert (first.status, first.attempts, first.last_response_code) == ("pending", 1, None)
    assert "refused" in first.last_error.lower()
    assert first.next_attempt_at > timezone.now() + timedelta(seconds=40)
    assert WebhookDelivery.objects.filter(attempts=0).count() == 2  # waiting behind the first, in order

    receiver.start()
    receiver.answer(500, 503)
    run_due_deliveries_later()
    run_due_deliveries_later()
    assert events(receiver) == [("page.published", "Cache v1"), ("page.published", "Cache v1")]
    first.refresh_from_db()
    assert (first.status, first.attempts, first.last_response_code) == ("pending", 3, 503)

    run_due_deliveries_later()
    assert events(receiver)[2:] == [
        ("page.published", "Cache v1"),
        ("page.published", "Cache v2"),
        ("page.unpublished", "Cache v2"),
    ]
    assert list(WebhookDelivery.objects.order_by("pk").values_list("status", "attempts")) == [
        ("delivered", 4),
        ("delivered", 1),
        ("delivered", 1),
    ]
    ids = [item.headers["webhook-id"] for item in receiver.received]
    assert len(set(ids)) == 3  # retries of one event carry its one delivery id


def test_a_worker_that_dies_mid_delivery_loses_nothing(term, receiver, endpoint):
    with transaction.atomic():
        term.save_revision().publish()  # on_commit callbacks are not run: the worker never got to it
    claimed = webhook_delivery.claim(timezone.now())  # a worker takes the row ... and is killed
    assert claimed.status == "delivering"

    assert webhook_delivery.deliver_due() == 0  # its lease still holds
    WebhookDelivery.objects.update(locked_until=timezone.now() - timedelta(seconds=1))
    assert webhook_delivery.deliver_due() == 1

    assert events(receiver) == [("page.published", "Cache")]
    assert WebhookDelivery.objects.get().status == "delivered"


@pytest.mark.parametrize(("status", "final"), [(400, "failed"), (404, "failed"), (422, "failed")])
def test_client_errors_are_not_retried(term, receiver, django_capture_on_commit_callbacks, status, final):
    receiver.answer(status)
    publish(term, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == (final, 1, status)
    assert delivery.last_error.startswith(f"HTTP {status} ")


@pytest.mark.parametrize("status", [408, 429, 500, 502])
def test_timeouts_throttling_and_server_errors_are_retried(term, receiver, django_capture_on_commit_callbacks, status):
    receiver.answer(status)
    publish(term, django_capture_on_commit_callbacks)
    assert WebhookDelivery.objects.get().status == "pending"
    run_due_deliveries_later()
    assert WebhookDelivery.objects.get().status == "delivered"


@override_settings(WEBHOOK_RETRY_DELAYS=[60, 60])
def test_after_the_last_try_the_delivery_fails_and_an_admin_can_resend_it(
    term, receiver, django_capture_on_commit_callbacks, admin_client
):
    receiver.answer(500, 500, 500)
    publish(term, django_capture_on_commit_callbacks)
    run_due_deliveries_later()
    run_due_deliveries_later()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 3)
    assert run_due_deliveries_later() == 0

    log = admin_client.get("/admin/webhooks/deliveries/").content.decode()
    assert f"/admin/webhooks/deliveries/resend/{delivery.pk}/" in log
    confirm = admin_client.get(f"/admin/webhooks/deliveries/resend/{delivery.pk}/")
    assert "It failed after 3 tries: HTTP 500 Internal Server Error." in confirm.content.decode()
    response = admin_client.post(f"/admin/webhooks/deliveries/resend/{delivery.pk}/")

    assert response.status_code == 302
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("delivered", 1)
    assert len({item.headers["webhook-id"] for item in receiver.received}) == 1
    assert len(receiver.received) == 4


def test_the_retry_schedule_spans_about_a_day():
    assert webhook_delivery.max_attempts() == 10
    assert 22 * 3600 < sum(webhook_delivery.settings.WEBHOOK_RETRY_DELAYS) < 26 * 3600


def test_events_and_page_types_filter_what_an_endpoint_receives(tree, receiver, django_capture_on_commit_callbacks):
    glossary_only = WebhookEndpoint.objects.create(name="Glossary", url=receiver.url, on_unpublished=False)
    glossary_only.page_types.set([ContentType.objects.get_for_model(GlossaryPage)])
    WebhookEndpoint.objects.create(name="Off", url=receiver.url, active=False)
    term = GlossaryPageFactory(parent=tree.glossary, title="Queue")
    article = BlogPageFactory(parent=tree.blog, title="On queues")

    publish(term, django_capture_on_commit_callbacks)
    publish(article, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        term.unpublish()

    assert events(receiver) == [("page.published", "Queue")]


def test_drafts_send_nothing_and_payloads_carry_only_published_words(
    term, receiver, django_capture_on_commit_callbacks
):
    publish(term, django_capture_on_commit_callbacks, title="Cache")
    term.title = "Secret draft title"
    with django_capture_on_commit_callbacks(execute=True):
        term.save_revision()
    assert events(receiver) == [("page.published", "Cache")]

    with django_capture_on_commit_callbacks(execute=True):
        GlossaryPage.objects.get(pk=term.pk).unpublish()

    assert events(receiver) == [("page.published", "Cache"), ("page.unpublished", "Cache")]
    assert b"Secret draft title" not in b"".join(item.body for item in receiver.received)


def test_renaming_a_live_page_reports_the_old_and_new_path(term, receiver, django_capture_on_commit_callbacks):
    publish(term, django_capture_on_commit_callbacks, slug="caching")

    moved = [item.json for item in receiver.received if item.json["event"] == "page.moved"]
    assert [(body["old_url_path"], body["new_url_path"]) for body in moved] == [
        ("/glossary/cache/", "/glossary/caching/")
    ]


def test_deleting_a_published_page_is_reported_and_a_draft_is_not(
    tree, receiver, endpoint, django_capture_on_commit_callbacks
):
    never_published = GlossaryPageFactory(parent=tree.glossary, title="Never", live=False, first_published_at=None)
    published = GlossaryPageFactory(parent=tree.glossary, title="Gone", slug="gone")
    publish(published, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        never_published.delete()
        GlossaryPage.objects.get(pk=published.pk).delete()

    assert events(receiver) == [("page.published", "Gone"), ("page.unpublished", "Gone"), ("page.deleted", "Gone")]
    assert receiver.received[-1].json["page"] == {
        "id": published.pk,
        "type": "glossary.GlossaryPage",
        "title": "Gone",
        "url_path": "/glossary/gone/",
        "locale": "en",
    }


def test_only_admins_manage_webhooks(client, admin_client, endpoint):
    editor = User.objects.create_user("edith", "edith@example.com", "pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)

    assert client.get("/admin/webhooks/endpoints/").status_code == 302
    assert client.get("/admin/webhooks/deliveries/").status_code == 302
    assert admin_client.get("/admin/webhooks/endpoints/").status_code == 200
    assert "Front-end" in admin_client.get("/admin/webhooks/endpoints/").content.decode()


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_worker_books_a_run_for_the_next_retry(term, receiver):
    receiver.answer(503)
    with transaction.atomic():
        term.save_revision().publish()
    deliver_webhooks.call()

    delivery = WebhookDelivery.objects.get()
    booked = DBTaskResult.objects.get(task_path=deliver_webhooks.module_path, status=TaskResultStatus.READY)
    assert booked.run_after == delivery.next_attempt_at


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_minute_tick_books_a_run_for_a_delivery_a_dead_worker_left(term, receiver):
    with transaction.atomic():
        term.save_revision().publish()
    webhook_delivery.claim(timezone.now())  # ... and the worker is killed

    publish_scheduled_pages.call()

    delivery = WebhookDelivery.objects.get()
    booked = DBTaskResult.objects.get(task_path=deliver_webhooks.module_path, status=TaskResultStatus.READY)
    assert booked.run_after == delivery.locked_until


def test_an_admin_adds_an_endpoint_and_inspects_its_deliveries(
    admin_client, tree, receiver, django_capture_on_commit_callbacks
):
    form = admin_client.get("/admin/webhooks/endpoints/new/")
    assert form.status_code == 200
    response = admin_client.post(
        "/admin/webhooks/endpoints/new/",
        {"name": "Static build", "url": receiver.url, "secret": EXAMPLE_SECRET, "on_published": "on", "active": "on"},
    )
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get(name="Static build")
    assert (endpoint.on_published, endpoint.on_unpublished, endpoint.secret) == (True, False, EXAMPLE_SECRET)

    term = GlossaryPageFactory(parent=tree.glossary, title="Index")
    publish(term, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    inspect = admin_client.get(f"/admin/webhooks/deliveries/inspect/{delivery.pk}/").content.decode()
    assert str(delivery.delivery_id) in inspect
    assert "Delivered" in inspect


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/admin/webhooks/deliveries/new/"),
        ("post", "/admin/webhooks/deliveries/new/"),
        ("get", "/admin/webhooks/deliveries/edit/{pk}/"),
        ("post", "/admin/webhooks/deliveries/edit/{pk}/"),
        ("get", "/admin/webhooks/deliveries/copy/{pk}/"),
        ("get", "/admin/webhooks/deliveries/delete/{pk}/"),
        ("post", "/admin/webhooks/deliveries/delete/{pk}/"),
    ],
)
def test_the_delivery_log_cannot_be_written_even_by_typing_a_url(
    admin_client, term, receiver, django_capture_on_commit_callbacks, method, url
):
    receiver.answer(400)
    publish(term, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()

    response = getattr(admin_client, method)(url.format(pk=delivery.pk), {"status": "delivered"})

    assert response.status_code == 404
    assert list(WebhookDelivery.objects.values_list("pk", "status")) == [(delivery.pk, "failed")]


def test_the_delivery_log_still_lists_and_inspects(admin_client, term, receiver, django_capture_on_commit_callbacks):
    publish(term, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()

    log = admin_client.get("/admin/webhooks/deliveries/")
    assert log.status_code == 200
    html = log.content.decode()
    assert f"/admin/webhooks/deliveries/inspect/{delivery.pk}/" in html
    assert "/admin/webhooks/deliveries/new/" not in html
    assert f"/admin/webhooks/deliveries/edit/{delivery.pk}/" not in html
    assert f"/admin/webhooks/deliveries/delete/{delivery.pk}/" not in html
    inspect = admin_client.get(f"/admin/webhooks/deliveries/inspect/{delivery.pk}/")
    assert inspect.status_code == 200
    assert f"/admin/webhooks/deliveries/delete/{delivery.pk}/" not in inspect.content.decode()


def bodies(receiver):
    return [item.json for item in receiver.received]


def summary(receiver):
    """(event, title, path, reason) of every delivery received, in order."""
    return [
        (body["event"], body["page"]["title"], body["page"]["url_path"], body.get("reason"))
        for body in bodies(receiver)
    ]


def test_a_scheduled_approval_is_reported_when_the_page_goes_live_not_before(
    tree, receiver, endpoint, django_capture_on_commit_callbacks
):
    page = GlossaryPageFactory(parent=tree.glossary, title="Later", slug="later", live=False)
    page.title = "Embargoed launch"
    page.go_live_at = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        revision = page.save_revision()
        revision.publish()
    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.call()
    assert receiver.received == []
    assert WebhookDelivery.objects.count() == 0

    make_due(revision)
    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.call()

    assert summary(receiver) == [("page.published", "Embargoed launch", "/glossary/later/", None)]
    assert bodies(receiver)[0]["revision_id"] == revision.pk


def test_a_scheduled_change_to_a_live_page_is_reported_when_it_goes_live(
    term, receiver, django_capture_on_commit_callbacks
):
    publish(term, django_capture_on_commit_callbacks)
    term.title = "Cache (renamed later)"
    term.go_live_at = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        revision = term.save_revision()
        revision.publish()
    assert summary(receiver) == [("page.published", "Cache", "/glossary/cache/", None)]

    make_due(revision)
    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.call()
    assert summary(receiver)[1:] == [("page.published", "Cache (renamed later)", "/glossary/cache/", None)]


def restrict(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_private_pages_never_appear_in_payloads(tree, receiver, endpoint, django_capture_on_commit_callbacks):
    secret = GlossaryPageFactory(parent=tree.glossary, title="Secret", slug="secret", live=False)
    restrict(secret, django_capture_on_commit_callbacks)
    publish(secret, django_capture_on_commit_callbacks, title="Secret project")
    publish(secret, django_capture_on_commit_callbacks, slug="secret-project")
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryPage.objects.get(pk=secret.pk).unpublish()
    publish(secret, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryPage.objects.get(pk=secret.pk).delete()

    assert receiver.received == []
    assert WebhookDelivery.objects.count() == 0


def test_a_page_made_private_is_dropped_and_made_public_again_is_fetched(
    term, receiver, django_capture_on_commit_callbacks
):
    publish(term, django_capture_on_commit_callbacks)
    restriction = restrict(term, django_capture_on_commit_callbacks)
    publish(term, django_capture_on_commit_callbacks, title="Cache (members only)")
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()

    assert summary(receiver) == [
        ("page.published", "Cache", "/glossary/cache/", None),
        ("page.unpublished", "Cache", "/glossary/cache/", "private"),
        ("page.published", "Cache (members only)", "/glossary/cache/", "public"),
    ]
    assert bodies(receiver)[2]["revision_id"] == GlossaryPage.objects.get(pk=term.pk).live_revision_id


def test_restricting_a_section_drops_every_live_page_in_it_once(term, receiver, django_capture_on_commit_callbacks):
    publish(term, django_capture_on_commit_callbacks)
    inner = restrict(term, django_capture_on_commit_callbacks)
    receiver.received.clear()

    outer = restrict(tree_glossary := term.get_parent(), django_capture_on_commit_callbacks)
    assert summary(receiver) == [("page.unpublished", tree_glossary.title, "/glossary/", "private")]

    with django_capture_on_commit_callbacks(execute=True):
        inner.delete()  # still private through the section
    with django_capture_on_commit_callbacks(execute=True):
        outer.delete()
    assert summary(receiver)[1:] == [
        ("page.published", tree_glossary.title, "/glossary/", "public"),
        ("page.published", "Cache", "/glossary/cache/", "public"),
    ]


def test_moving_a_page_into_a_private_section_drops_it_at_its_old_path(
    tree, term, receiver, django_capture_on_commit_callbacks
):
    publish(term, django_capture_on_commit_callbacks)
    vault = GlossaryPageFactory(parent=tree.glossary, title="Vault", slug="vault")
    restrict(vault, django_capture_on_commit_callbacks)
    receiver.received.clear()

    with django_capture_on_commit_callbacks(execute=True):
        GlossaryPage.objects.get(pk=term.pk).move(vault, pos="last-child")
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryPage.objects.get(pk=term.pk).move(tree.glossary, pos="last-child")

    assert summary(receiver) == [
        ("page.unpublished", "Cache", "/glossary/cache/", "private"),
        ("page.published", "Cache", "/glossary/cache/", "public"),
    ]


def test_a_redirect_is_never_followed_and_is_logged_with_its_location(
    term, receiver, django_capture_on_commit_callbacks
):
    receiver.answer((302, {"Location": receiver.url + "moved/"}))
    publish(term, django_capture_on_commit_callbacks)

    assert [(item.method, item.json["event"]) for item in receiver.received] == [("POST", "page.published")]
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == ("pending", 1, 302)
    assert delivery.last_error == f"HTTP 302 Found; redirects are not followed (Location: {receiver.url}moved/)"

    run_due_deliveries_later()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("delivered", 2)


@pytest.mark.parametrize(
    ("status", "retry_after", "seconds"),
    [(429, "120", 120), (503, "http-date in an hour", 3600), (429, "86400000", 36000)],
)
def test_retry_after_sets_when_the_endpoint_is_asked_again(
    tree, receiver, endpoint, django_capture_on_commit_callbacks, status, retry_after, seconds
):
    if retry_after.startswith("http-date"):
        retry_after = http_date((timezone.now() + timedelta(hours=1)).timestamp())
    receiver.answer((status, {"Retry-After": retry_after}))
    first = GlossaryPageFactory(parent=tree.glossary, title="First")
    second = GlossaryPageFactory(parent=tree.glossary, title="Second")
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        first.save_revision().publish()
        second.save_revision().publish()

    assert len(receiver.received) == 1  # the second waits too
    rows = list(WebhookDelivery.objects.order_by("pk"))
    assert [(row.status, row.attempts) for row in rows] == [("pending", 1), ("pending", 0)]
    for row in rows:
        assert seconds - 2 <= (row.next_attempt_at - before).total_seconds() <= seconds + 2


def test_410_gone_deactivates_the_endpoint_visibly(
    tree, term, receiver, endpoint, admin_client, django_capture_on_commit_callbacks
):
    receiver.answer(410)
    other = GlossaryPageFactory(parent=tree.glossary, title="Other")
    with django_capture_on_commit_callbacks(execute=True):
        term.save_revision().publish()
        other.save_revision().publish()

    endpoint.refresh_from_db()
    first, second = WebhookDelivery.objects.order_by("pk")
    assert endpoint.active is False
    assert endpoint.deactivated_reason.startswith(f"Answered 410 Gone to delivery {first.delivery_id} on ")
    assert (first.status, first.last_error) == ("failed", "HTTP 410 Gone")
    assert (second.status, second.attempts, second.last_error) == (
        "failed",
        0,
        "Not sent: the endpoint answered 410 Gone and was deactivated.",
    )
    assert len(receiver.received) == 1
    listing = admin_client.get("/admin/webhooks/endpoints/").content.decode()
    assert endpoint.deactivated_reason in listing

    publish(term, django_capture_on_commit_callbacks)
    assert WebhookDelivery.objects.count() == 2

    endpoint.active = True
    endpoint.save()
    assert endpoint.deactivated_reason == ""


@pytest.mark.parametrize("url", ["ftp://example.com/hooks/", "file:///etc/passwd", "gopher://example.com/"])
def test_endpoint_urls_are_http_or_https_only(admin_client, url):
    response = admin_client.post(
        "/admin/webhooks/endpoints/new/", {"name": "Odd", "url": url, "secret": EXAMPLE_SECRET}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["url"] == ["Enter a valid URL."]
    assert not WebhookEndpoint.objects.exists()
