"""The admin's hooks: the webhooks menu, the editorial page views, media rules, page links, broken links."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.editorial.broken_links import PAGE_POLICY, BrokenLinksView
from cms.editorial.media_permissions import MediaDeleteAction, MediaEditAction
from cms.editorial.media_views import DocumentBulkDelete, DocumentDelete, ImageBulkDelete, ImageDelete
from cms.editorial.page_views import EditorialPageViewSet
from cms.editorial.review_compare import compare_with_previous_submission
from cms.editorial.scheduled_approval import label_scheduled_approval, say_when_approved_page_goes_live
from cms.editorial.translation_review import admin_urls as translation_review_urls
from cms.editorial.translation_review import submit_translation_for_review
from cms.pages.fast_paths.links import CachedPageLinkHandler
from cms.webhooks.views import WebhooksGroup


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return WebhooksGroup()


@hooks.register("register_rich_text_features", order=1)  # after Wagtail's own handler, to replace it
def resolve_page_links_from_cache(features):
    features.register_link_type(CachedPageLinkHandler)


@hooks.register("register_actions")
def register_media_actions(registry):
    for model in (get_image_model(), get_document_model()):
        registry.register(model, MediaDeleteAction)
        registry.register(model, MediaEditAction)


@hooks.register("register_admin_urls", order=-1)  # before Wagtail's own, to serve their delete paths
def explain_refused_media_deletions():
    return [
        path("images/<int:image_id>/delete/", ImageDelete.as_view(), name="cms_image_delete"),
        path("documents/delete/<int:document_id>/", DocumentDelete.as_view(), name="cms_document_delete"),
    ]


for bulk_delete in (ImageBulkDelete, DocumentBulkDelete):
    hooks.register("register_bulk_action", bulk_delete, order=1)  # after Wagtail's own, to replace them


hooks.register("construct_page_action_menu", label_scheduled_approval)
hooks.register("after_edit_page", say_when_approved_page_goes_live)


@hooks.register("register_admin_viewset")  # after Wagtail's default page viewset (order -1), to replace it
def register_editorial_page_viewset():
    return EditorialPageViewSet()


hooks.register("construct_homepage_panels", compare_with_previous_submission)

# Translations: reviewed like every other change (ahead of wagtail-localize's own hooks and URLs).
hooks.register("before_edit_page", submit_translation_for_review, order=-1)
hooks.register("register_admin_urls", translation_review_urls, order=-1)


# Governance: the "Broken links" report.


class PageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return PAGE_POLICY.user_has_permission(request.user, "change")


@hooks.register("register_admin_urls")
def register_broken_links_report():
    urls = [
        path("", BrokenLinksView.as_view(), name="broken_links"),
        path("results/", BrokenLinksView.as_view(results_only=True), name="broken_links_results"),
    ]
    return [path("reports/broken-links/", include((urls, "cms_reports")))]


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return PageEditorsMenuItem(
        "Broken links", reverse("cms_reports:broken_links"), name="broken-links", icon_name="link-external"
    )
