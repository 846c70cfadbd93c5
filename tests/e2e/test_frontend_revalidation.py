"""The built front-end keeps the pages it rendered until the CMS's signed webhook names them:
a reviewer's approval and an unpublish reach readers without a rebuild; a forged one does not."""

import datetime
import json
import time
import urllib.error
import urllib.request
import uuid

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, User

from wagtail.models import Workflow

from blog.tests.helpers import make_article, make_articles
from cms.editorial.roles import REVIEWERS, WORKFLOW_NAME
from cms.models.webhooks import WebhookDelivery, WebhookEndpoint
from cms.webhooks.delivery import signature
from glossary.factories import GlossaryPageFactory, glossary_body
from tests.site_tree import translate

from .browser import E2E, log_in, new_tab
from .frontend_server import WEBHOOK_SECRET

pytestmark = E2E

LIVE = "Live words about caches."
CHANGED = "Changed words about caches."
# Long enough for the front-end to render the page again from the CMS on a busy machine.
SECONDS_TO_SHOW = 30


def body_with_definition(text):
    body = glossary_body("Cache")
    body[0]["value"]["text"] = f"<p>{text}</p>"
    return body


@pytest.fixture
def entry(site):
    return GlossaryPageFactory(parent=site.glossary, title="Cache", slug="cache", body=body_with_definition(LIVE))


def load_until(page, url, shown):
    """Loads `url` again until `shown(response)` holds, for at most SECONDS_TO_SHOW seconds."""
    deadline = time.monotonic() + SECONDS_TO_SHOW
    while not shown(page.goto(url)):
        assert time.monotonic() < deadline, f"{url} did not change within {SECONDS_TO_SHOW} s"


def definition(page):
    return page.locator(".block-definition").inner_text()


def post_webhook(frontend, payload, secret):
    """POSTs `payload` to the front-end's webhook, signed with `secret` as the CMS signs; (status, JSON)."""
    body = json.dumps(payload).encode()
    delivery_id, timestamp = str(uuid.uuid4()), str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "webhook-id": delivery_id,
        "webhook-timestamp": timestamp,
        "webhook-signature": signature(secret, delivery_id, timestamp, body),
    }
    url = f"{frontend}/api/revalidate/"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 (the test's server)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_a_reviewers_approval_reaches_the_front_end_through_the_webhook(
    browser, page, live_server, frontend, editor, entry
):
    reader = new_tab(browser)
    url = f"{frontend}/glossary/cache/"
    reader.goto(url)
    expect(reader.locator(".block-definition")).to_contain_text(LIVE)

    entry.body = body_with_definition(CHANGED)
    entry.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(entry, editor)
    User.objects.create_user("rex", "rex@example.com", "rex-password").groups.add(Group.objects.get(name=REVIEWERS))
    log_in(page, live_server, "rex", "rex-password")
    awaiting_review = page.locator("#awaiting-review-section")
    expect(awaiting_review).to_contain_text("Cache")
    awaiting_review.get_by_role("button", name="Actions").click()
    awaiting_review.get_by_role("button", name="Approve", exact=True).click()
    expect(awaiting_review).to_have_count(0)

    delivery = WebhookDelivery.objects.get(event="page.published", page_id=entry.pk)
    assert (delivery.status, delivery.last_response_code) == (WebhookDelivery.DELIVERED, 200)
    assert "/glossary/cache/" in delivery.payload["paths"]
    load_until(reader, url, lambda response: CHANGED in definition(reader))
    assert LIVE not in definition(reader)


def test_a_german_translations_change_reaches_its_de_path_through_the_webhook(page, frontend, site, entry):
    translate(site.home)
    translate(site.glossary)
    translation = translate(entry, title="Zwischenspeicher")
    url = f"{frontend}/de/glossary/cache/"
    page.goto(url)
    expect(page.locator(".block-definition")).to_contain_text(LIVE)

    translation.body = body_with_definition(CHANGED)
    translation.save_revision().publish()

    delivery = WebhookDelivery.objects.filter(event="page.published", page_id=translation.pk).latest("pk")
    assert (delivery.status, delivery.last_response_code) == (WebhookDelivery.DELIVERED, 200)
    assert "/de/glossary/cache/" in delivery.payload["paths"]
    load_until(page, url, lambda response: CHANGED in definition(page))
    page.goto(f"{frontend}/glossary/cache/")
    expect(page.locator(".block-definition")).to_contain_text(LIVE)


def test_unpublishing_an_entry_gives_the_front_ends_404(page, frontend, entry):
    url = f"{frontend}/glossary/cache/"
    page.goto(url)
    expect(page.locator("h1")).to_have_text("Cache")

    entry.unpublish()

    load_until(page, url, lambda response: response.status == 404)
    expect(page.locator("h1")).to_have_text("Page not found")
    delivery = WebhookDelivery.objects.get(event="page.unpublished", page_id=entry.pk)
    assert (delivery.status, delivery.last_response_code) == (WebhookDelivery.DELIVERED, 200)


def test_a_forged_signature_is_refused_and_changes_nothing(page, frontend, entry):
    url = f"{frontend}/glossary/cache/"
    page.goto(url)
    expect(page.locator(".block-definition")).to_contain_text(LIVE)
    WebhookEndpoint.objects.update(active=False)  # the CMS tells the front-end nothing of the next publish
    entry.body = body_with_definition(CHANGED)
    entry.save_revision().publish()
    payload = {"event": "page.published", "page": {"type": "glossary.GlossaryPage"}, "paths": ["/glossary/cache/"]}
    forged_secret = "whsec_" + "Zm9yZ2VkIGtleSBmb3IgdGhlIGZyb250LWVuZCE="

    assert post_webhook(frontend, payload, forged_secret) == (
        401,
        {"message": "Signature refused: No matching signature found."},
    )
    page.goto(url)
    expect(page.locator(".block-definition")).to_contain_text(LIVE)

    assert post_webhook(frontend, payload, WEBHOOK_SECRET) == (200, {"revalidated": ["/glossary/cache/"]})
    load_until(page, url, lambda response: CHANGED in definition(page))


def test_a_new_article_reaches_the_blogs_listing_pages(page, frontend, site):
    make_articles(site.blog, 10, tags=["caching"])
    titles = page.locator(".post-card__title")
    assert page.goto(f"{frontend}/blog/page/2/").status == 404
    page.goto(f"{frontend}/blog/tags/caching/")
    expect(titles).to_have_count(10)

    newest = make_article(site.blog, title="Newest", date=datetime.date(2030, 1, 1), tags=["caching"], live=False)
    newest.save_revision().publish()

    load_until(page, f"{frontend}/blog/page/2/", lambda response: response.status == 200)
    expect(titles).to_have_text(["Article 01"])
    load_until(page, f"{frontend}/blog/tags/caching/", lambda response: "Newest" in titles.first.inner_text())
