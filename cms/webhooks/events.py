"""Page events become outbox rows, one per subscribed endpoint, inside the change's transaction.

Only what readers may already see goes into a payload: the published title and path of a
page that is (or was) live and public. Drafts, pages that were never published, scheduled
revisions before their go-live time, and private pages (a view restriction on them or an
ancestor) send nothing. A live page that becomes private is reported as `page.unpublished`
and one that becomes public again as `page.published`, each with a `reason`, so that a
receiver that drops and fetches pages on those two events needs no change.

These receivers listen to Wagtail's own signals, not to `cms.pages.signals.published_content_changed`:
that one is sent after commit, and an outbox row must be written in the change's transaction,
so that a committed change always has its rows and a rolled-back one has none.
"""

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from cms.models.webhooks import DELETED, MOVED, PUBLISHED, UNPUBLISHED, WebhookDelivery, WebhookEndpoint
from cms.pages.site_paths import path_on_site, serving_roots
from cms.webhooks.tasks import deliver_webhooks


def site_path(url_path):
    """A page's path as readers type it ("/glossary/api/"), from Wagtail's internal url_path."""
    roots = serving_roots(url_path)
    return path_on_site(url_path, roots[0]) if roots else url_path


def payload(event, page, revision_id=None, old_url_path=None, url_path=None, reason=None):
    data = {
        "event": event,
        "page": {
            "id": page.pk,
            "type": page.specific_class._meta.label if page.specific_class else "wagtailcore.Page",
            "title": page.title,
            "url_path": site_path(url_path or page.url_path),
        },
        "revision_id": revision_id,
        "timestamp": timezone.now().isoformat(),
    }
    if old_url_path is not None:
        data["old_url_path"] = site_path(old_url_path)
        data["new_url_path"] = data["page"]["url_path"]
    if reason is not None:
        data["reason"] = reason
    return data


def is_private(page):
    """Wagtail's own test (an alias follows its source), read from the database now: the
    per-generation memo of cms.pages.fast_paths is renewed only after the change commits."""
    return Page.get_view_restrictions(page).exists()


def restricted_paths(excluding=None):
    restrictions = PageViewRestriction.objects.all()
    if excluding is not None:
        restrictions = restrictions.exclude(pk=excluding.pk)
    return list(restrictions.values_list("page__url_path", flat=True))


def under(url_path, restricted):
    return any(url_path.startswith(path) for path in restricted)


def record(event, page, **details):
    record_each(event, [(page, details)])


def record_each(event, pages):
    """One event for each (page, details): the endpoints read once, the rows written in one insert."""
    endpoints = list(WebhookEndpoint.objects.filter(active=True).prefetch_related("page_types"))
    rows = []
    for page, details in pages:
        wanted = [endpoint for endpoint in endpoints if endpoint.wants(event, page.content_type_id)]
        if wanted:
            data = payload(event, page, **details)
            rows += [
                WebhookDelivery(endpoint=endpoint, event=event, page_id=page.pk, payload=data) for endpoint in wanted
            ]
    if rows:
        WebhookDelivery.objects.bulk_create(rows)
        transaction.on_commit(send_soon)


def send_soon():
    deliver_webhooks.enqueue()


def went_live(instance, revision):
    """Wagtail sends `page_published` also when a publish only schedules the revision (a
    page that is not live yet stays so until its go-live time), and for the page's aliases."""
    if revision is None:
        return instance.live
    if str(instance.pk) == revision.object_id:
        return instance.live and instance.live_revision_id == revision.pk
    return Page.objects.filter(pk=revision.object_id, live=True, live_revision=revision).exists()


def on_published(sender, instance, revision=None, **kwargs):
    if went_live(instance, revision) and not is_private(instance):
        record(PUBLISHED, instance, revision_id=revision.pk if revision else instance.live_revision_id)


def on_unpublished(sender, instance, **kwargs):
    if not is_private(instance):
        record(UNPUBLISHED, instance)


def on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """A move may also take a subtree into or out of a private section."""
    if url_path_before == url_path_after:
        return
    restricted = restricted_paths()
    inside = [path for path in restricted if path.startswith(url_path_after)]
    outside = [path for path in restricted if not path.startswith(url_path_after)]
    private_before, private_after = under(url_path_before, outside), under(url_path_after, outside)
    if private_before == private_after:
        if instance.live and not private_after and not under(url_path_after, inside):
            record(MOVED, instance, old_url_path=url_path_before)
        return
    moved = [
        page
        for page in Page.objects.live().descendant_of(instance, inclusive=True).specific(defer=True)
        if not under(page.url_path, inside)
    ]
    if private_after:
        old_path = {page.pk: url_path_before + page.url_path[len(url_path_after) :] for page in moved}
        record_each(UNPUBLISHED, [(page, {"url_path": old_path[page.pk], "reason": "private"}) for page in moved])
    else:
        record_each(PUBLISHED, [(page, {"revision_id": page.live_revision_id, "reason": "public"}) for page in moved])


def on_slug_changed(sender, instance, instance_before, **kwargs):
    if instance.live and instance_before.url_path != instance.url_path and not is_private(instance):
        record(MOVED, instance, old_url_path=instance_before.url_path)


def note_privacy_before_delete(sender, instance, **kwargs):
    """Deleting a page deletes its view restriction first: remember whether it was private."""
    if instance.first_published_at is not None:
        instance.private_when_deleted = is_private(instance)


def on_deleted(sender, instance, **kwargs):
    if instance.first_published_at is not None and not getattr(instance, "private_when_deleted", False):
        record(DELETED, instance)


def on_restricted(sender, instance, created, **kwargs):
    """A view restriction added: the live pages it hides that were public tell receivers to drop them."""
    if not created:
        return
    others = restricted_paths(excluding=instance)
    hidden = Page.objects.live().descendant_of(instance.page, inclusive=True).specific(defer=True)
    record_each(UNPUBLISHED, [(page, {"reason": "private"}) for page in hidden if not under(page.url_path, others)])


def on_unrestricted(sender, instance, origin=None, **kwargs):
    """A view restriction removed (not with its page): the live pages now public are sent again."""
    origin_model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if not issubclass(origin_model, PageViewRestriction):
        return
    restricted = restricted_paths()
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    shown = Page.objects.live().descendant_of(page, inclusive=True).specific(defer=True)
    record_each(
        PUBLISHED,
        [
            (live, {"revision_id": live.live_revision_id, "reason": "public"})
            for live in shown
            if not under(live.url_path, restricted)
        ],
    )
