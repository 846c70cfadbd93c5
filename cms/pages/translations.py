"""A page in the site's other languages: the language switcher, `hreflang` links and the sitemap's alternates.

Which translations of a page readers may see changes only with a publish, unpublish, move or
privacy change, so they are read once per generation (cms.caching.generation_memo), by the
pages' `translation_key`.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from cms.caching.generation_memo import PerGeneration
from cms.pages.fast_paths.privacy import is_private
from cms.pages.fast_paths.tree import url_maker

# translation_key -> {language code: url_path} of the live pages with that key.
LIVE_TRANSLATIONS = PerGeneration(dict)


def live_translations_by_key(keys):
    """{translation_key: {language code: url_path}} of the live pages with those keys, public or
    not (a rich-text link follows Wagtail's `Page.localized`), in one query for the keys not read yet."""
    known = LIVE_TRANSLATIONS.get()
    missing = set(keys) - known.keys()
    if missing:
        rows = (
            Page.objects.filter(translation_key__in=missing)
            .live()
            .values_list("translation_key", "locale__language_code", "url_path")
        )
        found = {key: {} for key in missing}
        for key, language, url_path in rows:
            found[key][language] = url_path
        known.update(found)
    return {key: known[key] for key in keys}


def live_translations(pages):
    """For each page, {language code: url_path} of its live, public translations (itself
    included when it is live and public)."""
    found = live_translations_by_key([page.translation_key for page in pages])
    return [
        {code: url_path for code, url_path in found[page.translation_key].items() if not is_private(url_path)}
        for page in pages
    ]


def alternates(page):
    """[(hreflang, absolute URL)] of the page in every language it is live in, and `x-default`
    for the default language's; none for a page that is live in one language only."""
    translations = live_translations([page])[0]
    if len(translations) < 2:
        return []
    url = url_maker(absolute=True)
    links = [(code, url(translations[code])) for code, _name in settings.LANGUAGES if code in translations]
    if settings.LANGUAGE_CODE in translations:
        links.append(("x-default", url(translations[settings.LANGUAGE_CODE])))
    return [(code, href) for code, href in links if href]


def language_links(request, page=None):
    """The language switcher: each language with the URL of this page in it, else of that
    language's home page; a language with neither is left out. Without a page (search,
    errors), the same path in each language."""
    current = get_language()
    if page is None or page.pk is None:
        path = request.get_full_path() if request else "/"
        targets = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    else:
        site = Site.find_for_request(request) if request else None
        translations, *homes = live_translations([page, *([site.root_page] if site else [])])
        home = homes[0] if homes else {}
        url = url_maker()
        targets = {}
        for code, _name in settings.LANGUAGES:
            url_path = translations.get(code) or home.get(code)
            targets[code] = url_path and url(url_path)
    return [
        {"code": code, "name": name, "url": targets[code], "current": code == current}
        for code, name in settings.LANGUAGES
        if code == current or targets[code]
    ]
