"""What a reviewer compares a submission with: the live version, and the previous submission.

Wagtail's "Compare with previous version" takes the revision saved just before the submitted
one. With autosave that is the editor's own draft of the same text (submitting saves it once
more), so the comparison showed "There are no differences" even when the editor had changed
the page since the reviewer last saw it. Here "previous version" is the revision submitted for
review before this one.
"""

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState, WorkflowState


def previous_submission_id(obj, revision):
    """The id of the revision of `obj` submitted for review before `revision`, or None."""
    if revision is None:
        return None
    return (
        TaskState.objects.filter(
            workflow_state__in=WorkflowState.objects.for_instance(obj),
            revision__created_at__lt=revision.created_at,
        )
        .exclude(revision_id=revision.pk)
        .order_by("-revision__created_at")
        .values_list("revision_id", flat=True)
        .first()
    )


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """The dashboard's "Awaiting your review", comparing each submission with the previous one."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            state["previous_revision_id"] = previous_submission_id(state["obj"], state["task_state"].revision)
        return context


def compare_with_previous_submission(request, panels):
    panels[:] = [AwaitingReviewPanel() if type(panel) is WorkflowObjectsToModeratePanel else panel for panel in panels]
