"""A reviewer's actions on a page in review, as the admin's workflow buttons post them."""

from django.urls import reverse


def act(client, user, page, action, comment=""):
    client.force_login(user)
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.post(url, {"comment": comment})
