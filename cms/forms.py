"""The page editor's form: runs the workflow's content checks when an editor submits."""

from wagtail.admin.forms import WagtailAdminPageForm

from .content_checks import page_problems

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


class EditorialPageForm(WagtailAdminPageForm):
    def _post_clean(self):
        super()._post_clean()
        # A body that failed its own validation was not put on the instance: checking it would
        # report on the previous body. Other fields' errors do not stop the checks.
        if "body" in self.errors or not self.is_submission():
            return
        if self._workflow_checks_content():
            for problem in page_problems(self.instance, check_fields=False):
                self.add_error(None, problem)

    def is_submission(self):
        return any(self.data.get(action) for action in SUBMIT_ACTIONS)

    def _workflow_checks_content(self):
        from .models import ContentChecksTask

        page = self.instance if self.instance.pk else self.parent_page
        workflow = page.get_workflow() if page is not None else None
        if workflow is None or not workflow.active:
            return False
        return ContentChecksTask.objects.filter(active=True, workflow_tasks__workflow=workflow).exists()
