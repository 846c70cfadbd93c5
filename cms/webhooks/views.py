"""Admin screens for webhooks, in their own menu: endpoints, and the delivery log with "Resend".

Only superusers hold the model permissions these screens ask for, so only admins see them.
"""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from cms.models import WebhookDelivery, WebhookEndpoint
from cms.webhooks.delivery import resend
from cms.webhooks.tasks import deliver_webhooks


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Endpoints")
    list_display = ["name", "url", "active", "deactivated_reason"]
    list_filter = ["active"]


class DeliveryIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change") and instance.status == WebhookDelivery.FAILED:
            url = reverse("webhook_deliveries:resend", args=[quote(instance.pk)])
            buttons.append(ListingButton(_("Resend"), url=url, icon_name="resubmit", priority=5))
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
        messages.success(request, _("Delivery %(id)s is queued again.") % {"id": delivery.delivery_id})
        return redirect(index_url)
    return TemplateResponse(request, "cms/webhooks/confirm_resend.html", {"delivery": delivery, "index_url": index_url})


class WebhookDeliveryViewSet(ModelViewSet):
    """The log is written by the worker: rows are inspected and resent, never added, edited,
    copied or deleted, so those views are not routed at all."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = _("Delivery log")
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
    menu_label = _("Webhooks")
    menu_icon = "link-external"
    add_to_admin_menu = True
    menu_order = 900
    items = (
        WebhookEndpointViewSet("webhook_endpoints", url_prefix="webhooks/endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries", url_prefix="webhooks/deliveries"),
    )
