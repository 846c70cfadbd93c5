"""The dashboard's "Recently published" panel: the glossary entries and articles that went live last."""

from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from blog.models import BlogPage
from glossary.models import GlossaryPage

RECENTLY_PUBLISHED = 5


def recently_published():
    """The live entries and articles, the most recently published first."""
    return (
        Page.objects.live()
        .type(GlossaryPage, BlogPage)
        .filter(last_published_at__isnull=False)
        .order_by("-last_published_at", "-pk")
        .select_related("content_type")[:RECENTLY_PUBLISHED]
    )


class RecentlyPublishedPanel(Component):
    name = "recently_published"
    template_name = "home/panels/recently_published.html"
    order = 170

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["pages"] = [(page, page.content_type.model_class()._meta.verbose_name) for page in recently_published()]
        return context


def add_recently_published_panel(request, panels):
    if PagePermissionPolicy().user_has_permission(request.user, "change"):
        panels.append(RecentlyPublishedPanel())
