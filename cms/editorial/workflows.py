"""What happens when the editorial workflow's last task approves a draft."""


def publish_on_approval(workflow_state, user=None):
    """Publish (or schedule, when go-live is in the future) the approved revision.

    Nobody but superusers holds Wagtail's publish permission, so that no one can skip
    review; the reviewer's approval is the permission here, and the publish is logged
    under the reviewer's name.
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
