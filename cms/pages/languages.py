"""The site's languages: a Locale for each, and the language of a request from its URL alone.

`LANGUAGES` (cms/settings/base.py) names them; the first is served without a prefix, every
other one under `/<code>/` (`i18n_patterns` in cms/urls.py).
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from wagtail.models import Locale


def create_missing_locales(**kwargs):
    """After `migrate`: a Locale for every language in WAGTAIL_CONTENT_LANGUAGES that has none,
    so adding a language to the settings is all it takes to translate into it."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        Locale(language_code=code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in existing
    )


class LanguageFromPathMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without its `Vary: Accept-Language`: a URL without a prefix is
    always in the default language (`prefix_default_language=False`), so no answer varies with
    that header, and shared caches keep one copy per URL."""

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
