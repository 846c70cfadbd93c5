"""Approving an import's submissions in one step, each through its workflow's current task, as a
reviewer's approval in the editor: logged, and finishing the workflow as the site has it do."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from wagtail.models import WorkflowState


@dataclass
class Approval:
    approved: list = field(default_factory=list)
    refused: list = field(default_factory=list)


def imported_entries(term_import):
    """The entries the import wrote, by title, with their workflow states and approved schedules."""
    from glossary.models import GlossaryPage

    entries = GlossaryPage.objects.filter(pk__in=term_import.page_ids).order_by("title", "pk")
    return list(entries.specific().prefetch_workflow_states().annotate_approved_schedule())


class Reviewer:
    """What `user` may approve; the specific task of each task id is fetched once."""

    def __init__(self, user):
        self.user = user
        self.specific_tasks = {}

    def task(self, task_state):
        if task_state.task_id not in self.specific_tasks:
            self.specific_tasks[task_state.task_id] = task_state.task.specific
        return self.specific_tasks[task_state.task_id]

    def may_approve(self, entry):
        state = entry.current_workflow_state
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS or state.current_task_state is None:
            return False
        actions = self.task(state.current_task_state).get_actions(entry, self.user)
        return any(name == "approve" for name, _label, _needs_form in actions)

    def why_not(self, entry):
        state = entry.current_workflow_state
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            rejected = state.task_states.filter(status="rejected").order_by("-finished_at").first()
            comment = f": {rejected.comment}" if rejected and rejected.comment else "."
            return f'Changes were requested by "{rejected.task.name if rejected else state.workflow.name}"{comment}'
        return f'You may not approve its current task, "{state.current_task_state.task.name}".'


def submissions(entries):
    return [entry for entry in entries if entry.workflow_in_progress]


def approvable(entries, user):
    reviewer = Reviewer(user)
    return [entry for entry in entries if reviewer.may_approve(entry)]


def approve_all(term_import, user, progress=None):
    """Approve the current task of each of the import's entries that `user` may approve, each in
    its own transaction; say why for each entry still in review, or sent back, that is not
    approved. `progress(done, total)` is called after each approval. The result is recorded on
    `term_import` too."""
    reviewer = Reviewer(user)
    approval = Approval()
    entries = imported_entries(term_import)
    total = sum(1 for entry in entries if reviewer.may_approve(entry))
    for entry in entries:
        if reviewer.may_approve(entry):
            task_state = entry.current_workflow_state.current_task_state
            with transaction.atomic():
                reviewer.task(task_state).on_action(task_state, user, "approve")
            approval.approved.append(entry)
            if progress:
                progress(len(approval.approved), total)
        elif entry.current_workflow_state is not None:
            approval.refused.append((entry, reviewer.why_not(entry)))
    term_import.approver = user
    term_import.approval_status = term_import.DONE
    term_import.approval_done = term_import.approval_total = len(approval.approved)
    term_import.approval_result = {
        "approved": len(approval.approved),
        "refused": [[entry.title, reason] for entry, reason in approval.refused],
    }
    term_import.approved_at = timezone.now()
    term_import.save()
    return approval
