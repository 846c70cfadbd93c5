"""Wagtail's page editor, with a refused submission told as it is.

A submission the content checks (or the form's own validation) refuse is not lost: Wagtail 8
autosaves what the editor typed as a draft, so the header says "Saved". Wagtail's message,
"The page could not be saved due to validation errors", then contradicts it and names only
non-field errors. These views say that the page was not submitted, and list every reason.
"""

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages as admin_messages
from wagtail.admin.panels import InlinePanel
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.blocks.base import BlockField

from cms.editorial.content_checks import stream_error_lines

SUBMISSION_REFUSED = _("The page was not submitted for review. Fix the following and submit again:")
SUBMIT_ACTIONS = ("submit", "restart_workflow")


def inline_headings(panel):
    """(relation name, heading) of every InlinePanel in an edit handler."""
    if isinstance(panel, InlinePanel):
        yield panel.relation_name, panel.heading
    for child in getattr(panel, "children", ()):
        yield from inline_headings(child)


def _labelled(label, messages_):
    return [f"{label}: {message}" for message in messages_]


def field_problems(form):
    lines = []
    for name, errors in form.errors.as_data().items():
        if name == NON_FIELD_ERRORS:
            continue
        if isinstance(form.fields[name], BlockField):
            value = form[name].value()
            lines += [line for error in errors for line in stream_error_lines(error, value)]
        else:
            lines += _labelled(form[name].label, [message for error in errors for message in error.messages])
    return lines


def formset_problems(form, edit_handler):
    headings = dict(inline_headings(edit_handler))
    lines = []
    for relation, formset in form.formsets.items():
        heading = headings.get(relation) or relation.replace("_", " ").capitalize()
        lines += _labelled(heading, formset.non_form_errors())
        for index, (child, errors) in enumerate(zip(formset.forms, formset.errors, strict=True)):
            for name, messages_ in errors.items():
                where = f"{heading} › item {index + 1}"
                if name != NON_FIELD_ERRORS:
                    where += f" › {child[name].label}"
                lines += _labelled(where, messages_)
    return lines


def submission_problems(form, edit_handler):
    """Every reason a submitted page form is invalid, in words, fields first."""
    return [*field_problems(form), *formset_problems(form, edit_handler), *form.non_field_errors()]


class SubmissionMessageMixin:
    def form_invalid(self, form):
        problems = submission_problems(form, self.edit_handler)
        if (
            self.action_name not in SUBMIT_ACTIONS
            or self.expects_json_response
            or getattr(self, "locked_for_user", False)
            or not problems
        ):
            return super().form_invalid(form)
        detail = format_html(
            '<ul class="errorlist">{}</ul>', format_html_join("\n", "<li>{}</li>", ((line,) for line in problems))
        )
        messages.error(self.request, admin_messages.render(SUBMISSION_REFUSED, None, detail=detail))
        self.has_unsaved_changes = True
        return self.render_to_response(self.get_context_data())


class EditorialCreateView(SubmissionMessageMixin, CreateView):
    pass


class EditorialEditView(SubmissionMessageMixin, EditView):
    pass


class EditorialPageViewSet(PageViewSet):
    """Replaces Wagtail's default page viewset (registered for the base Page model)."""

    add_view_class = EditorialCreateView
    edit_view_class = EditorialEditView
