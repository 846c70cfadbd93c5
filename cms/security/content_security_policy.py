"""The Content-Security-Policy header: django-csp's, with the Wagtail admin's own directives."""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.urls import reverse


def headless_client_origins():
    """Where the "Decoupled front-end" preview takes the admin's preview panel."""
    urls = settings.WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"].values()
    return sorted({f"{parts.scheme}://{parts.netloc}" for parts in map(urlsplit, urls)})


def admin_directives():
    directives = dict(settings.ADMIN_CONTENT_SECURITY_POLICY)
    directives["frame-src"] = [*directives["frame-src"], *headless_client_origins()]
    return directives


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Under the Wagtail admin, ADMIN_CONTENT_SECURITY_POLICY (plus the headless front-ends'
    origins in frame-src) replaces the matching directives of CONTENT_SECURITY_POLICY; a
    view's own @csp_replace still wins."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.replace = {**admin_directives(), **(parts.replace or {})}
        return parts
