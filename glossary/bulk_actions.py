"""The page bulk action "Mark as reviewed today": a new revision of each entry, never a silent update."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.log_actions import log

from .models import GlossaryPage

MARK_REVIEWED = "glossary.mark_reviewed"


def publishes_when_reviewed(page, user):
    """Whether marking the entry as reviewed also publishes it: only when the user may publish and
    the live version is the latest (no other unpublished changes, which a publish would put live unseen)."""
    return page.live and not page.has_unpublished_changes and page.permissions_for_user(user).can_publish()


def mark_reviewed(page, user, today):
    """Save a revision of the entry's latest version with `last_reviewed` = today, logged as the user's.

    Published when `publishes_when_reviewed`, otherwise left as a draft for the usual review.
    Returns whether it was published.
    """
    publishes = publishes_when_reviewed(page, user)
    entry = page.get_latest_revision_as_object()
    entry.last_reviewed = today
    revision = entry.save_revision(user=user, log_action=True)
    log(instance=entry, action=MARK_REVIEWED, user=user, revision=revision, data={"last_reviewed": today.isoformat()})
    if publishes:
        revision.publish(user=user)
    return publishes


class MarkReviewedBulkAction(PageBulkAction):
    display_name = _("Mark as reviewed today")
    action_type = "mark_reviewed"
    aria_label = _("Mark the selected glossary entries as reviewed today")
    template_name = "glossary/admin/confirm_bulk_mark_reviewed.html"
    action_priority = 60

    def check_perm(self, page):
        permissions = page.permissions_for_user(self.request.user)
        lock = page.get_lock()
        locked = lock is not None and lock.for_user(self.request.user)
        return issubclass(page.specific_class, GlossaryPage) and permissions.can_edit() and not locked

    def object_context(self, page):
        context = super().object_context(page)
        context["publishes"] = publishes_when_reviewed(context["item"], self.request.user)
        return context

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        today = timezone.localdate()
        published = drafts = 0
        for page in objects:
            if mark_reviewed(page.specific, user, today):
                published += 1
            else:
                drafts += 1
        return published, drafts

    def get_success_message(self, num_parent_objects, num_child_objects):
        published, drafts = num_parent_objects, num_child_objects
        parts = []
        if published:
            parts.append(
                ngettext(
                    "%(count)d entry marked as reviewed today and published",
                    "%(count)d entries marked as reviewed today and published",
                    published,
                )
                % {"count": published}
            )
        if drafts:
            parts.append(
                ngettext(
                    "%(count)d entry marked as reviewed today in a new draft, to be reviewed and published",
                    "%(count)d entries marked as reviewed today in a new draft, to be reviewed and published",
                    drafts,
                )
                % {"count": drafts}
            )
        return "; ".join(parts) + "."
