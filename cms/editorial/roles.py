"""The editorial roles and the review workflow, defined in code so every database has them.

Used by a data migration (with the migration's historical models) and by
`manage.py setup_roles` (with the real ones); both call `ensure_editorial_setup`.
Running it again resets the groups' permissions to exactly what is declared here.
"""

from dataclasses import dataclass

EDITORS = "Editors"
REVIEWERS = "Reviewers"
WORKFLOW_NAME = "Editorial review"
CHECKS_TASK_NAME = "Automated content checks"
REVIEW_TASK_NAME = "Review by a second person"
# Wagtail's starter group and workflow, replaced by the two roles and the workflow above.
WAGTAIL_DEFAULT_GROUP = "Moderators"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


@dataclass(frozen=True)
class Role:
    name: str
    page_permissions: tuple[str, ...]
    model_permissions: tuple[str, ...]
    collection_permissions: tuple[str, ...]


# Nobody but a superuser holds publish_page: pages go live only when a reviewer approves
# them in the workflow, which publishes on the reviewer's behalf. That holds for translations
# too: `submit_translation` (wagtail-localize's "Translate this page" and "Sync translated
# pages") makes drafts, which go through the same review (cms/editorial/translation_review.py).
EDITOR_MODEL_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "blog.add_author",
    "blog.change_author",
    "blog.view_author",
    "taggit.add_tag",
    "taggit.view_tag",
)
# `add` without `change`: Wagtail's ownership policy lets them change and delete only what
# they uploaded (and cms/editorial/media_permissions.py keeps what a live page uses from deletion).
EDITOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
)
ROLES = (
    Role(
        name=EDITORS,
        page_permissions=("add_page", "change_page"),
        model_permissions=EDITOR_MODEL_PERMISSIONS,
        collection_permissions=EDITOR_COLLECTION_PERMISSIONS,
    ),
    Role(
        name=REVIEWERS,
        page_permissions=("add_page", "change_page", "lock_page", "unlock_page"),
        model_permissions=EDITOR_MODEL_PERMISSIONS,
        collection_permissions=EDITOR_COLLECTION_PERMISSIONS,
    ),
)


# wagtail-localize makes this permission in a migration of its own, which may run after the
# migrations that set up the roles: made here as that migration makes it, if still missing.
MADE_BY_A_MIGRATION = {"wagtail_localize.submit_translation": ("translation", "Can submit translations")}


def _permission(apps, dotted):
    app_label, codename = dotted.split(".")
    Permission = apps.get_model("auth", "Permission")
    if dotted in MADE_BY_A_MIGRATION:
        model, name = MADE_BY_A_MIGRATION[dotted]
        content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
            app_label=app_label, model=model
        )
        return Permission.objects.get_or_create(content_type=content_type, codename=codename, name=name)[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _set_group(apps, role, root_page, root_collection):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group, _ = Group.objects.get_or_create(name=role.name)
    group.permissions.set([_permission(apps, name) for name in role.model_permissions])

    GroupPagePermission.objects.filter(group=group).delete()
    for codename in role.page_permissions:
        GroupPagePermission.objects.create(
            group=group, page=root_page, permission=_permission(apps, f"wagtailcore.{codename}")
        )
    GroupCollectionPermission.objects.filter(group=group).delete()
    for name in role.collection_permissions:
        GroupCollectionPermission.objects.create(
            group=group, collection=root_collection, permission=_permission(apps, name)
        )
    return group


def _set_workflow(apps, reviewers, root_page):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    def task(model_name, name):
        Model = apps.get_model("cms", model_name)
        content_type, _ = ContentType.objects.get_or_create(app_label="cms", model=model_name.lower())
        found = Model.objects.filter(name=name).first()
        return found or Model.objects.create(name=name, content_type=content_type, active=True)

    checks = task("ContentChecksTask", CHECKS_TASK_NAME)
    review = task("ReviewTask", REVIEW_TASK_NAME)
    review.groups.set([reviewers])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, step in enumerate((checks, review)):
        WorkflowTask.objects.update_or_create(workflow=workflow, task_id=step.pk, defaults={"sort_order": order})

    # The root's workflow covers every page below it: the home page, the glossary with each
    # entry, the blog with each article, and any section added later.
    WorkflowPage.objects.filter(page=root_page).exclude(workflow=workflow).delete()
    WorkflowPage.objects.get_or_create(page=root_page, defaults={"workflow": workflow})
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)


def ensure_editorial_setup(apps):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Group = apps.get_model("auth", "Group")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {role.name: _set_group(apps, role, root_page, root_collection) for role in ROLES}
    Group.objects.filter(name=WAGTAIL_DEFAULT_GROUP).delete()
    _set_workflow(apps, groups[REVIEWERS], root_page)
