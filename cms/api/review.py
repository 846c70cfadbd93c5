"""The editorial workflow through API v3: submit a draft, approve it or request changes.

Wagtail's v3 publish and unpublish actions need the publish permission, which only
superusers hold here (cms/editorial/roles.py). Everyone else goes through review, as in the admin:
an editor's token saves drafts and submits them; a reviewer's token approves others'
submissions, and approval publishes (or schedules, when a go-live time is set).
"""

from datetime import datetime
from typing import Literal

from ninja import Body, Router, Schema
from ninja.errors import HttpError
from pydantic import PositiveInt

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404

from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import Page, WorkflowState

from cms.editorial.content_checks import page_problems
from cms.editorial.scheduled_approval import scheduled_go_live

router = Router(tags=["review"], auth=BearerTokenAuth())

ReviewStatus = Literal["draft", "in_review", "changes_requested", "scheduled", "live"]


class ReviewStateSchema(Schema):
    page_id: int
    status: ReviewStatus
    task: str | None
    comment: str
    live: bool
    has_unpublished_changes: bool
    go_live_at: datetime | None


class ReviewCommentSchema(Schema):
    comment: str = ""


def review_state(page) -> dict:
    page = Page.objects.get(pk=page.pk).specific  # after an action, read what it saved
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    go_live_at = scheduled_go_live(page)
    if state is None:
        status = "scheduled" if go_live_at else "draft" if page.has_unpublished_changes else "live"
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        status = "changes_requested"
    else:
        status = "in_review"
    if state is not None and task_state is None:
        task_state = state.task_states.order_by("-started_at").first()
    return {
        "page_id": page.pk,
        "status": status,
        "task": task_state.task.name if task_state and state.status == WorkflowState.STATUS_IN_PROGRESS else None,
        "comment": task_state.comment if task_state and task_state.comment else "",
        "live": page.live,
        "has_unpublished_changes": page.has_unpublished_changes,
        "go_live_at": go_live_at,
    }


def _page(page_id):
    return get_object_or_404(Page, pk=page_id).specific


@router.get(
    "/{page_id}/review/",
    response=ReviewStateSchema,
    url_name="pages_review_state",
    summary="Where the page is in the editorial workflow",
    operation_id="pages_review_state",
)
def get_review_state(request, page_id: PositiveInt):
    page = _page(page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("You may not edit this page, so you cannot see its review.")
    return review_state(page)


@router.post(
    "/{page_id}/actions/submit/",
    response=ReviewStateSchema,
    url_name="pages_actions_submit",
    summary="Submit the latest draft for review",
    operation_id="pages_actions_submit",
)
def submit(request, page_id: PositiveInt):
    page = _page(page_id)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise HttpError(409, "This page is already waiting for review.")
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        raise PermissionDenied("You may not submit this page for review.")
    workflow = page.get_workflow()
    if workflow is None or not workflow.active:
        raise HttpError(409, "No active workflow covers this page.")
    if state is None and not page.has_unpublished_changes:
        raise HttpError(409, "Nothing to review: the page has no unpublished changes.")
    problems = page_problems(page.get_latest_revision_as_object())
    if problems:
        raise ValidationError(problems)
    if state is not None:
        state.resume(user=request.user)
    else:
        workflow.start(page, request.user)
    return review_state(page)


def _act(request, page_id, action, comment):
    page = _page(page_id)
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        raise HttpError(409, "This page is not waiting for review.")
    task_state = state.current_task_state
    task = task_state.task.specific
    if action not in {name for name, _label, _needs_form in task.get_actions(page, request.user)}:
        raise PermissionDenied(
            f'You cannot act on "{task.name}" for this page: only reviewers can, and never on their own submission.'
        )
    task.on_action(task_state, request.user, action, comment=comment)
    return review_state(page)


@router.post(
    "/{page_id}/actions/approve/",
    response=ReviewStateSchema,
    url_name="pages_actions_approve",
    summary="Approve the submitted draft: the last approval publishes it",
    operation_id="pages_actions_approve",
)
def approve(request, page_id: PositiveInt, data: ReviewCommentSchema = Body(ReviewCommentSchema())):  # noqa: B008
    return _act(request, page_id, "approve", data.comment)


@router.post(
    "/{page_id}/actions/request_changes/",
    response=ReviewStateSchema,
    url_name="pages_actions_request_changes",
    summary="Send the submitted draft back to its editor with a comment",
    operation_id="pages_actions_request_changes",
)
def request_changes(request, page_id: PositiveInt, data: ReviewCommentSchema = Body(...)):  # noqa: B008
    if not data.comment.strip():
        raise ValidationError("Say what needs to change in the comment.")
    return _act(request, page_id, "reject", data.comment)
