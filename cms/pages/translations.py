"""A page in the site's other languages: the language switcher, `hreflang` links and the sitemap's alternates.

Which translations of a page readers may see changes only with a publish, unpublish, move or
privacy change, so they are read once per generation (cms.caching.generation_memo), by the
pages' `translation_key`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from cms.caching.generation_memo import PerGeneration
from cms.pages.fast_paths.privacy import is_private
from cms.pages.fast_paths.tree import site_for_request, url_maker


@dataclass(frozen=True)
class LivePage:
    pk: int
    title: str
    url_path: str


# translation_key -> {language code: LivePage} of the live pages with that key.
LIVE_TRANSLATIONS = PerGeneration(dict)


def live_pages_by_key(keys):
    """{translation_key: {language code: LivePage}} of the live pages with those keys, public or
    not, in one query for the keys not read yet."""
    known = LIVE_TRANSLATIONS.get()
    missing = set(keys) - known.keys()
    if missing:
        rows = (
            Page.objects.filter(translation_key__in=missing)
            .live()
            .values_list("translation_key", "locale__language_code", "pk", "title", "url_path")
        )
        found = {key: {} for key in missing}
        for key, language, *page in rows:
            found[key][language] = LivePage(*page)
        known.update(found)
    return {key: known[key] for key in keys}


def live_translations_by_key(keys):
    """{translation_key: {language code: url_path}} of the live pages with those keys, public or
    not (a rich-text link follows Wagtail's `Page.localized`)."""
    return {
        key: {language: page.url_path for language, page in pages.items()}
        for key, pages in live_pages_by_key(keys).items()
    }


def live_translations(pages):
    """For each page, {language code: url_path} of its live, public translations (itself
    included when it is live and public)."""
    found = live_translations_by_key([page.translation_key for page in pages])
    return [
        {code: url_path for code, url_path in found[page.translation_key].items() if not is_private(url_path)}
        for page in pages
    ]


def translation_links(pages):
    """For each page, its versions in the other languages that readers may see (live and
    public), in `LANGUAGES` order: what the APIs' `translations` field lists."""
    found = live_pages_by_key([page.translation_key for page in pages])
    url = url_maker(absolute=True)
    links = []
    for page in pages:
        versions = found[page.translation_key]
        others = [
            (code, versions[code])
            for code, _name in settings.LANGUAGES
            if code in versions and versions[code].pk != page.pk and not is_private(versions[code].url_path)
        ]
        links.append(
            [
                {"id": other.pk, "locale": code, "title": other.title, "html_url": href}
                for code, other in others
                if (href := url(other.url_path))
            ]
        )
    return links


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
        site = site_for_request(request) if request else None
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
