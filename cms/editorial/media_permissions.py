"""Who may change and delete images and documents.

Editors and reviewers hold Wagtail's `add` permission on the root collection, not `change`:
with Wagtail's collection ownership policy they change and delete only what they uploaded.
On top of that, only a superuser deletes a file that a live page uses, so a live page never
loses an image or a linked document without an administrator's decision. The rule lives in
the permission policy, which the admin's views, its bulk actions, the multiple-upload screen
and API v3 all ask; the actions and the admin's delete views (cms/editorial/media_views.py) give the reason.
"""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.actions import DeleteAction, DeletePermissionError, EditAction, EditPermissionError
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

SHOWN_TITLES = 5


def live_pages_using(obj):
    """The live pages that refer to `obj` in their published content, directly or through the
    objects they refer to (an article's author, and the author's photo).

    A live page's own row holds its published content, and the reference index is built from
    that row: a draft that adds or removes the file does not count until it is published.
    """
    page_type_id = ContentType.objects.get_for_model(Page).pk
    references = ReferenceIndex.get_references_to(obj)
    page_ids, seen = set(), set()
    while True:
        sources = set(references.values_list("base_content_type_id", "object_id")) - seen
        seen |= sources
        page_ids |= {object_id for type_id, object_id in sources if type_id == page_type_id}
        others = [
            Q(to_content_type_id=type_id, to_object_id=object_id)
            for type_id, object_id in sources
            if type_id != page_type_id
        ]
        if not others:
            return Page.objects.live().filter(pk__in=page_ids).order_by("title")
        references = ReferenceIndex.objects.filter(reduce(or_, others))


def is_administrator(user):
    return user.is_active and user.is_superuser


class MediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, and nobody but a superuser deletes one in use."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action != "delete"]
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        return (
            "delete" in actions
            and super().user_has_any_permission_for_instance(user, ["delete"], instance)
            and (is_administrator(user) or not live_pages_using(instance).exists())
        )


def deletion_refusal(user, obj):
    """Why `user` may not delete `obj`, or None when they may."""
    if policy_registry.get(obj).user_has_permission_for_instance(user, "delete", obj):
        return None
    name = obj._meta.verbose_name
    pages = [] if is_administrator(user) else list(live_pages_using(obj)[: SHOWN_TITLES + 1])
    if pages:
        titles = ", ".join(f'"{page.title}"' for page in pages[:SHOWN_TITLES])
        more = " and more" if len(pages) > SHOWN_TITLES else ""
        return f'The {name} "{obj}" is used by live pages: {titles}{more}. Only an administrator can delete it.'
    return f'Only the person who uploaded the {name} "{obj}", or an administrator, can delete it.'


class MediaDeleteAction(DeleteAction):
    def check(self, skip_permission_checks=False):
        if self.user and not skip_permission_checks and (refusal := deletion_refusal(self.user, self.instance)):
            raise DeletePermissionError(refusal)


class MediaEditAction(EditAction):
    def check(self, skip_permission_checks=False):
        if self.user and not skip_permission_checks and not self.user_has_permission():
            name = self.instance._meta.verbose_name
            raise EditPermissionError(
                f'Only the person who uploaded the {name} "{self.instance}", or an administrator, can change it.'
            )
        super().check(skip_permission_checks=skip_permission_checks)


def register_policies():
    """Registered for the exact models, so they win over the policies Wagtail's apps register."""
    register_permission_policy(
        get_image_model(),
        MediaPermissionPolicy(get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"),
        exact_class=True,
    )
    register_permission_policy(
        get_document_model(),
        MediaPermissionPolicy(
            get_document_model_string(), auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )
