"""Page events become outbox rows, one per subscribed endpoint, inside the change's transaction.

Only what readers may already see goes into a payload: the published title, path and
locale of a page that is (or was) live and public. Drafts, pages that were never published, scheduled
revisions before their go-live time, and private pages (a view restriction on them or an
ancestor) send nothing. A live page that becomes private is reported as `page.unpublished`
and one that becomes public again as `page.published`, each with a `reason`, so that a
receiver that drops and fetches pages on those two events needs no change. `paths` names the
public pages whose rendering the change touches, from what the cache purge uses
(cms.pages.changes), less private pages and drafts.

These receivers listen to Wagtail's own signals, not to `cms.pages.signals.published_content_changed`:
that one is sent after commit, and an outbox row must be written in the change's transaction,
so that a committed change always has its rows and a rolled-back one has none.
"""

from functools import partial

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.models.webhooks import DELETED, MOVED, PUBLISHED, UNPUBLISHED, WebhookDelivery, WebhookEndpoint
from cms.pages.changes import changed_paths, live_descendants, pages_showing
from cms.pages.site_paths import path_on_site, serving_roots
from cms.webhooks.tasks import deliver_webhooks


def site_path(url_path):
    """A page's path as readers type it ("/glossary/api/"), from Wagtail's internal url_path."""
    roots = serving_roots(url_path)
    return path_on_site(url_path, roots[0]) if roots else url_path


def payload(event, page, paths, language, revision_id=None, old_url_path=None, url_path=None, reason=None):
    data = {
        "event": event,
        "page": {
            "id": page.pk,
            "type": page.specific_class._meta.label if page.specific_class else "wagtailcore.Page",
            "title": page.title,
            "url_path": site_path(url_path or page.url_path),
            "locale": language,
        },
        "revision_id": revision_id,
        "paths": paths,
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


def public_paths(page, descendants, restricted, *, url_path_before=None, parent_before=None, page_shown=True):
    """The `paths` of a payload: where readers see the change, as they type it, sorted.

    The page (unless `page_shown` is false: a draft whose live descendants changed) and
    `descendants`, which were public before or after the change, at their old paths too after
    a move or a new slug; and the live pages that show it (cms.pages.changes). Nothing under
    `restricted`, the restrictions over the change's public side, and nothing no Site serves.
    """
    changed = changed_paths(page, descendants, url_path_before)
    if not page_shown:
        changed -= {page.url_path, url_path_before}
    showing = Page.objects.live().filter(url_path__in=pages_showing(page, parent_before)).values_list("url_path")
    roots = Site.get_site_root_paths()
    paths = set()
    for url_path in changed | {url_path for (url_path,) in showing}:
        serving = serving_roots(url_path, roots)
        if serving and not under(url_path, restricted):
            paths.add(path_on_site(url_path, serving[0]))
    return sorted(paths)


def paths_of_change(page, url_path_before=None, parent_before=None):
    """`public_paths` of a change to a public page and its public live descendants."""
    restricted = restricted_paths()
    descendants = [descendant for descendant in live_descendants(page) if not under(descendant.url_path, restricted)]
    return public_paths(page, descendants, restricted, url_path_before=url_path_before, parent_before=parent_before)


def live_subtree(page, restricted):
    """The live pages from `page` down, not under `restricted`."""
    subtree = Page.objects.live().descendant_of(page, inclusive=True).specific(defer=True)
    return [live for live in subtree if not under(live.url_path, restricted)]


def record(event, page, paths, **details):
    record_each(event, [(page, details)], paths)


def record_each(event, pages, paths):
    """One event for each (page, details): the endpoints read once, the rows written in one insert.

    `paths` is a function giving the payloads' `paths`, called once, and only when an endpoint
    wants one of the events.
    """
    endpoints = list(WebhookEndpoint.objects.filter(active=True).prefetch_related("page_types"))
    rows = []
    shown = None
    languages = None
    for page, details in pages:
        wanted = [endpoint for endpoint in endpoints if endpoint.wants(event, page.content_type_id)]
        if wanted:
            shown = paths() if shown is None else shown
            languages = languages or dict(Locale.objects.values_list("pk", "language_code"))
            data = payload(event, page, shown, languages[page.locale_id], **details)
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
        revision_id = revision.pk if revision else instance.live_revision_id
        record(PUBLISHED, instance, partial(paths_of_change, instance), revision_id=revision_id)


def on_unpublished(sender, instance, **kwargs):
    if not is_private(instance):
        record(UNPUBLISHED, instance, partial(paths_of_change, instance))


def on_moved(sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    """A move may also take a subtree into or out of a private section."""
    if url_path_before == url_path_after:
        return
    restricted = restricted_paths()
    inside = [path for path in restricted if path.startswith(url_path_after)]
    outside = [path for path in restricted if not path.startswith(url_path_after)]
    private_before, private_after = under(url_path_before, outside), under(url_path_after, outside)
    if private_before == private_after:
        if instance.live and not private_after and not under(url_path_after, inside):
            paths = partial(paths_of_change, instance, url_path_before, parent_page_before)
            record(MOVED, instance, paths, old_url_path=url_path_before)
        return
    moved = live_subtree(instance, inside)
    paths = partial(
        public_paths,
        instance,
        moved,
        restricted,
        url_path_before=url_path_before,
        parent_before=parent_page_before,
        page_shown=instance.live,
    )
    if private_after:
        old_path = {page.pk: url_path_before + page.url_path[len(url_path_after) :] for page in moved}
        record_each(
            UNPUBLISHED, [(page, {"url_path": old_path[page.pk], "reason": "private"}) for page in moved], paths
        )
    else:
        record_each(
            PUBLISHED, [(page, {"revision_id": page.live_revision_id, "reason": "public"}) for page in moved], paths
        )


def on_slug_changed(sender, instance, instance_before, **kwargs):
    if instance.live and instance_before.url_path != instance.url_path and not is_private(instance):
        paths = partial(paths_of_change, instance, url_path_before=instance_before.url_path)
        record(MOVED, instance, paths, old_url_path=instance_before.url_path)


def note_before_delete(sender, instance, **kwargs):
    """Deleting a page deletes its view restriction, and the references to it, first: remember
    whether it was private, and the paths of its `page.deleted`."""
    if instance.first_published_at is None:
        return
    instance.private_when_deleted = is_private(instance)
    if not instance.private_when_deleted and WebhookEndpoint.objects.filter(active=True, on_deleted=True).exists():
        instance.paths_when_deleted = paths_of_change(instance)


def on_deleted(sender, instance, **kwargs):
    if instance.first_published_at is not None and not getattr(instance, "private_when_deleted", False):
        record(DELETED, instance, lambda: instance.paths_when_deleted)


def on_restricted(sender, instance, created, **kwargs):
    """A view restriction added: the live pages it hides that were public tell receivers to drop them."""
    if not created:
        return
    others = restricted_paths(excluding=instance)
    page = instance.page
    hidden = live_subtree(page, others)
    paths = partial(public_paths, page, hidden, others, page_shown=page.live)
    record_each(UNPUBLISHED, [(live, {"reason": "private"}) for live in hidden], paths)


def on_unrestricted(sender, instance, origin=None, **kwargs):
    """A view restriction removed (not with its page): the live pages now public are sent again."""
    origin_model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if not issubclass(origin_model, PageViewRestriction):
        return
    restricted = restricted_paths()
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    shown = live_subtree(page, restricted)
    paths = partial(public_paths, page, shown, restricted, page_shown=page.live)
    public_again = [(live, {"revision_id": live.live_revision_id, "reason": "public"}) for live in shown]
    record_each(PUBLISHED, public_again, paths)
