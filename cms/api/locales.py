"""Languages in both APIs: the `locale` filter's values, pages found by the paths readers type
in any language, and each page serialized in its own language.

The APIs are not under a language prefix, so they run in the default language; a German
page's rich text links German pages only while German is active (Wagtail's `Page.localized`,
which cms.pages.fast_paths.links follows).
"""

from django.conf import settings
from django.http import Http404
from django.urls import NoReverseMatch
from django.utils import translation

from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer

from cms.pages.seo import page_language

LOCALES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
UNKNOWN_LOCALE = f"locale must be one of: {', '.join(LOCALES)}"


def is_unknown_locale(query):
    """Whether the query string has a `locale` that names no language of the site."""
    return "locale" in query and query["locale"] not in LOCALES


def in_language_of(page):
    """A context in which the page's language is active."""
    return translation.override(page_language(page))


class RequestPageHtmlUrlField(PageHtmlUrlField):
    """Wagtail's `html_url`, with the request: the Site root paths are read once per request, not per page."""

    def to_representation(self, page):
        try:
            return page.get_full_url(self.context["request"])
        except NoReverseMatch:
            return None


class LocalizedPageSerializer(PageSerializer):
    """API v2's pages, each serialized in its own language."""

    html_url = RequestPageHtmlUrlField(read_only=True)

    def to_representation(self, instance):
        with in_language_of(instance):
            return super().to_representation(instance)


def split_language_prefix(html_path):
    """(language code, path without its prefix) of a path readers type: "/de/glossary/api/" is
    ("de", "/glossary/api/"); a path without a prefix is in the default language."""
    language = translation.get_language_from_path(html_path)
    if language is None or language == settings.LANGUAGE_CODE:
        return settings.LANGUAGE_CODE, html_path
    return language, html_path.removeprefix(f"/{language}")


def page_at_html_path(request, site, html_path):
    """The page at `html_path` on `site`, routed from the site's home page in the path's
    language as the site routes a reader's request, or None. It may be a draft or private:
    the caller checks that the requester may see it."""
    language, path = split_language_prefix(html_path)
    with translation.override(language):
        root = site.root_page.localized
        if page_language(root) != language:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, [part for part in path.split("/") if part])
        except Http404:
            return None
    return page
