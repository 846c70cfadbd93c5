from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from cms.editorial.content_checks import page_problems


class ContentChecksTask(Task):
    """The workflow's automatic first step: a draft with problems goes back to its editor.

    The reasons, one per line, are the task's comment, which Wagtail shows the editor in
    the page's workflow history and sends in the "changes requested" email. The page form
    runs the same checks when an editor submits, so most problems never get this far.
    """

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        problems = page_problems(task_state.revision.as_object())
        task_state.status = TaskState.STATUS_REJECTED if problems else TaskState.STATUS_APPROVED
        task_state.comment = "\n".join(problems)
        task_state.finished_at = timezone.now()
        task_state.save(update_fields=["status", "comment", "finished_at"])
        return task_state

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return _("Checks the draft automatically and sends it back to its editor with the reasons.")

    class Meta:
        verbose_name = _("automated content checks")
        verbose_name_plural = _("automated content checks")


class ReviewTask(AbstractGroupApprovalTask):
    """Group approval with four eyes: nobody reviews what they submitted themselves.

    A reviewer's own draft therefore needs another reviewer. Superusers are the one
    exception, so a site is never stuck when its only other reviewer is away.
    """

    @staticmethod
    def _submitted_by(obj, user):
        state = getattr(obj, "current_workflow_state", None)
        return state is not None and state.requested_by_id == user.pk

    def _may_review(self, obj, user):
        if user.is_superuser:
            return True
        return self._user_in_groups(user) and not self._submitted_by(obj, user)

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self._may_review(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve or request changes; never on their own submission.")

    class Meta:
        verbose_name = _("review task (four eyes)")
        verbose_name_plural = _("review tasks (four eyes)")
