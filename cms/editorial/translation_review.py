"""Translations go through the editorial review, like every other change.

wagtail-localize's translation editor knows no workflows: it offers "Publish in German" to
those who may publish (here only superusers) and nothing else. These views add what the
review needs: "Submit to Editorial review" saves the translated strings as a new revision
and starts (or resumes) the page's workflow, while readers keep the live version; a reviewer
approves or requests changes from the same editor.

Three of wagtail-localize's own views would put content live without review; for anyone who
may not publish the page they are refused: "Publish immediately" when syncing from the
source, "Convert to alias page" (the source's content, live), and "Translate this page"
under a parent with no translation (wagtail-localize would make the parent a live alias of
the English one). The strings of a translation in review are locked like the page itself.
"""

from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse

from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

SUBMIT = "translation-submit"
IN_REVIEW = "This translation is in review: only its reviewers may change it until they have decided."


def enabled_translation(page):
    """The wagtail-localize translation that `page` is the target of, or None."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def submit_translation_for_review(request, page):
    """`before_edit_page`, ahead of wagtail-localize's editor: handles "Submit to Editorial review"."""
    if request.method != "POST" or SUBMIT not in request.POST:
        return None
    translation = enabled_translation(page)
    if translation is None:
        return None
    page = page.specific
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        raise PermissionDenied
    try:
        # Not `translation.save_target(publish=False)`: it also writes the translated text into the
        # page itself, which readers of a live translation would see before the review.
        translated = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
        translated.save_revision(user=request.user)
    except ValidationError as error:
        messages.error(request, f"The translation was not submitted for review: {' '.join(error.messages)}")
        return redirect("wagtailadmin_pages:edit", page.pk)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    messages.success(request, f"Page '{page.get_admin_display_title()}' has been submitted for moderation.")
    return redirect("wagtailadmin_pages:edit", page.pk)


def review_actions(page, user):
    """What the translation editor's review bar offers `user` for `page`."""
    page_perms = page.permissions_for_user(user)
    state = page.current_workflow_state
    actions = {}
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        task_state = state.current_task_state
        for name, label, _modal in task_state.task.specific.get_actions(page, user):
            actions.setdefault(
                name, (label, reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]))
            )
    needs_changes = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return {
        "page": page,
        "state": state,
        "task_name": state.current_task_state.task.name if state is not None and state.current_task_state else "",
        "comment": state.current_task_state.comment if needs_changes else "",
        "needs_changes": needs_changes,
        "can_submit": page_perms.can_submit_for_moderation(),
        "workflow_name": page.get_workflow().name if page.has_workflow else "",
        "submit_name": SUBMIT,
        "actions": [(name, label, url) for name, (label, url) in actions.items()],
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }


def may_publish(user, page):
    return page.permissions_for_user(user).can_publish()


class ReviewedUpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Sync from the source; "Publish immediately" only for those who may publish every translation."""

    def get_form(self):
        form = super().get_form()
        targets = [translation.get_target_instance() for translation in self.object.translations.filter(enabled=True)]
        if not all(may_publish(self.request.user, target) for target in targets if isinstance(target, Page)):
            form.fields["publish_translations"] = forms.BooleanField(
                required=False, disabled=True, widget=forms.HiddenInput
            )
        return form


class TranslatedParentForm(submit_translations.SubmitTranslationForm):
    def __init__(self, instance, *args, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.parent = instance.get_parent()

    def clean_locales(self):
        locales = self.cleaned_data["locales"]
        if self.parent.is_root():
            return locales
        translated = set(self.parent.get_translations().values_list("locale_id", flat=True))
        missing = [locale.get_display_name() for locale in locales if locale.pk not in translated]
        if missing:
            raise ValidationError(
                f"Translate the parent page '{self.parent.get_admin_display_title()}' into "
                f"{', '.join(missing)} first: a translation goes under its parent's translation."
            )
        return locales


class ReviewedSubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """ "Translate this page"; for those who may not publish, only where the parent is translated."""

    def get_form(self):
        if self.request.method == "POST" and not may_publish(self.request.user, self.object):
            return TranslatedParentForm(self.object, self.request.POST)
        return super().get_form()


def convert_to_alias(request, page_id):
    if not may_publish(request.user, get_object_or_404(Page, id=page_id)):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def edit_string_translation(request, translation_id, string_segment_id):
    """A string of a translation in review stays as it was submitted, except for its reviewers."""
    target = get_object_or_404(Translation, id=translation_id).get_target_instance()
    if isinstance(target, Page):
        lock = target.get_lock()
        if lock is not None and lock.for_user(request.user):
            return JsonResponse({"detail": IN_REVIEW}, status=403)
    return edit_translation.edit_string_translation(request, translation_id, string_segment_id)


def admin_urls():
    """Registered ahead of wagtail-localize's own URLs, at the same paths."""
    return [
        path("localize/submit/page/<int:page_id>/", ReviewedSubmitPageTranslationView.as_view()),
        path("localize/update/<int:translation_source_id>/", ReviewedUpdateTranslationsView.as_view()),
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            edit_string_translation,
        ),
    ]
