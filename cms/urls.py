import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.v2 import api_v2
from cms.api.v3 import api_v3
from cms.views.pages import serve as serve_page
from cms.views.search import search
from cms.views.sitemap import sitemap
from cms.views.userbar import userbar

handler500 = "cms.views.errors.server_error_or_unavailable"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2.urls),
    path("api/v3/", api_v3.urls),
    path("api/userbar/", userbar, name="userbar"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        )
    ]

# Wagtail's own front-end URLs, with its page view (the last, for every other path) replaced by ours.
WAGTAIL_URLS_SERVING_WITH_THE_TREE = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
]

# What readers read, in the language of the URL's prefix (none for the default language). The
# blog's feeds and the search come before Wagtail's page serving, so no page can take their URLs.
urlpatterns += i18n_patterns(
    path("", include("blog.urls")),
    path("search/", search, name="search"),
    path("", include(WAGTAIL_URLS_SERVING_WITH_THE_TREE)),
    prefix_default_language=False,
)
