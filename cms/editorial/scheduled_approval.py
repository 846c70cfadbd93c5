"""A draft approved with a future go-live time: the approve button, the success message and
the approval mail say when it goes live, and the editor is mailed once it is live."""

from functools import partial
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext, override

from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.mail import send_mail
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile

WENT_LIVE_AS_SCHEDULED = "wagtail.publish.scheduled"


def local_time(when, user):
    """`when` as "1 January 2099, 09:00 UTC", in the user's time zone (their admin account's
    setting, else the site's)."""
    zone = UserProfile.get_for_user(user).get_current_time_zone()
    return format_date(timezone.localtime(when, timezone=ZoneInfo(zone)), "j F Y, H:i T")


def scheduled_go_live(page):
    """When the page's approved, scheduled revision goes live; None when nothing is scheduled.
    (Read now: Wagtail caches `scheduled_revision` on the instance, from before an approval.)"""
    scheduled = page.revisions.filter(approved_go_live_at__isnull=False)
    return scheduled.values_list("approved_go_live_at", flat=True).first()


def label_scheduled_approval(menu_items, request, context):
    """`construct_page_action_menu`: Wagtail labels the last task's approval "… and Publish";
    when the draft's go-live time is in the future, approving schedules it instead, so say when."""
    page = context.get("page")
    if page is None or page.pk is None or page.go_live_at is None or page.go_live_at <= timezone.now():
        return
    state = page.current_workflow_state
    if state is None or not state.is_at_final_task:  # an earlier task's approval publishes nothing
        return
    task = state.current_task_state.task.specific
    go_live_at = page.go_live_at
    labels = {(name, modal): label for name, label, modal in task.get_actions(page, request.user)}
    when = local_time(go_live_at, request.user)
    for item in menu_items:
        if isinstance(item, WorkflowMenuItem) and item.name == "approve":
            item.label = f"{labels[(item.name, item.launch_modal)]} and schedule for {when}"


def say_when_approved_page_goes_live(request, page):
    """`after_edit_page`: an approval that scheduled the page says when it goes live."""
    if request.POST.get("workflow-action-name") != "approve":
        return
    go_live_at = scheduled_go_live(page)
    if go_live_at is not None:
        messages.success(
            request,
            gettext("Page '%(title)s' is approved and scheduled for %(when)s: readers see it from then.")
            % {"title": page.get_admin_display_title(), "when": local_time(go_live_at, request.user)},
        )


def on_log_entry(sender, instance, created, **kwargs):
    if created and instance.action == WENT_LIVE_AS_SCHEDULED:
        transaction.on_commit(partial(mail_editor_went_live, instance.page_id), robust=True)


def mail_editor_went_live(page_id):
    """The editor who asked for the review hears that the scheduled page is now live (unless
    they turned off "approved" notifications in their account)."""
    page = Page.objects.get(pk=page_id).specific
    approved = WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_APPROVED)
    state = approved.order_by("-created_at").select_related("requested_by").first()
    editor = state.requested_by if state is not None else None
    if editor is None or not editor.email:
        return
    profile = UserProfile.get_for_user(editor)
    if not profile.approved_notifications:
        return
    context = {"page": page, "user": editor, "went_live_at": local_time(page.last_published_at, editor)}
    with override(profile.get_preferred_language()):
        subject = render_to_string("cms/mail/scheduled_page_live_subject.txt", context).strip()
        text = render_to_string("cms/mail/scheduled_page_live.txt", context).strip()
    send_mail(subject, text, [editor.email])
