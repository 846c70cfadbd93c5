"""Admin screens for webhooks, in the Settings menu: endpoints, and the delivery log with "Resend".

Only superusers hold the model permissions these screens ask for, so only admins see them.
"""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permission_policies import ModelPermissionPolicy

from .media_permissions import MediaDeleteAction, MediaEditAction
from .media_views import DocumentBulkDelete, DocumentDelete, ImageBulkDelete, ImageDelete
from .models import WebhookDelivery, WebhookEndpoint
from .page_views import EditorialPageViewSet
from .review_compare import compare_with_previous_submission
from .rich_text_links import CachedPageLinkHandler
from .scheduled_approval import label_scheduled_approval, say_when_approved_page_goes_live
from .tasks import deliver_webhooks
from .webhook_delivery import resend


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Endpoints"
    list_display = ["name", "url", "active", "deactivated_reason"]
    list_filter = ["active"]


class DeliveryIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change") and instance.status == WebhookDelivery.FAILED:
            url = reverse("webhook_deliveries:resend", args=[quote(instance.pk)])
            buttons.append(ListingButton("Resend", url=url, icon_name="resubmit", priority=5))
        return buttons


def resend_view(request, pk):
    """GET asks to confirm, POST puts a failed delivery back in the queue."""
    if not ModelPermissionPolicy(WebhookDelivery).user_has_permission(request.user, "change"):
        raise PermissionDenied
    delivery = get_object_or_404(WebhookDelivery.objects.select_related("endpoint"), pk=pk)
    index_url = reverse("webhook_deliveries:index")
    if request.method == "POST":
        resend(delivery)
        deliver_webhooks.enqueue()
        messages.success(request, f"Delivery {delivery.delivery_id} is queued again.")
        return redirect(index_url)
    return TemplateResponse(request, "cms/webhooks/confirm_resend.html", {"delivery": delivery, "index_url": index_url})


class WebhookDeliveryViewSet(ModelViewSet):
    """The log is written by the worker: rows are inspected and resent, never added, edited,
    copied or deleted, so those views are not routed at all."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = "Delivery log"
    index_view_class = DeliveryIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["__str__", "status", "attempts", "last_response_code", "last_error", "created_at"]
    list_filter = ["status", "event", "endpoint"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, edit_url_name=None, delete_url_name=None, **kwargs)

    @property
    def url_finder_class(self):
        return type("DeliveryURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        pk = f"<{self.pk_path_converter}:pk>"
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/{pk}/", self.inspect_view, name="inspect"),
            path(f"history/{pk}/", self.history_view, name="history"),
            path(f"history-results/{pk}/", self.history_results_view, name="history_results"),
            path(f"usage/{pk}/", self.usage_view, name="usage"),
            path("resend/<str:pk>/", resend_view, name="resend"),
        ]


class WebhooksGroup(ViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    add_to_admin_menu = True
    menu_order = 900
    items = (
        WebhookEndpointViewSet("webhook_endpoints", url_prefix="webhooks/endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries", url_prefix="webhooks/deliveries"),
    )


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
