from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


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
