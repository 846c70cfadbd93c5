"""The page editor's form: runs the workflow's content checks when an editor submits."""

from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.editorial.content_checks import page_problems

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
        from cms.models import ContentChecksTask

        page = self.instance if self.instance.pk else self.parent_page
        workflow = page.get_workflow() if page is not None else None
        if workflow is None or not workflow.active:
            return False
        return ContentChecksTask.objects.filter(active=True, workflow_tasks__workflow=workflow).exists()


def block_errors(error, path):
    """Each message of a StreamField's validation error, after the path of the block it is
    about as API v3 writes the body (`body[2].value.items[0].title: This field is required.`)."""
    if isinstance(error, StreamBlockValidationError | ListBlockValidationError | StructBlockValidationError):
        for message in error.non_block_errors.as_data():
            yield from block_errors(message, path)
        for key, child in error.block_errors.items():
            if isinstance(error, StreamBlockValidationError):
                yield from block_errors(child, f"{path}[{key}].value")
            elif isinstance(error, ListBlockValidationError):
                yield from block_errors(child, f"{path}[{key}]")
            else:
                yield from block_errors(child, f"{path}.{key}")
        return
    for item in error.error_list:
        for message in item.messages:
            yield ValidationError(f"{path}: {message}", code=item.code or "invalid")


class APIPageForm(EditorialPageForm):
    """The page form as API v3 binds it (a page type's `api_base_form_class`). The admin shows
    a StreamField's errors beside each block; Wagtail's v3 reports only "Validation error in
    StreamBlock", so each error is given on its own, with its block's path."""

    def add_error(self, field, error):
        if isinstance(error, StreamBlockValidationError):
            error = ValidationError(list(block_errors(error, field)))
        super().add_error(field, error)
