"""Links to pages in rich text; apart from the models, since Wagtail's handler module needs them loaded."""

from django.utils.html import escape
from django.utils.translation import get_language

from wagtail.rich_text.pages import PageLinkHandler

from cms.pages.fast_paths.tree import places_of, url_maker
from cms.pages.translations import live_translations_by_key


class CachedPageLinkHandler(PageLinkHandler):
    """Links to pages in rich text: Wagtail's handler fetches the linked pages, each as its
    specific type, for every piece of rich text; only where they are is needed. As in Wagtail,
    a link goes to the linked page's live translation in the active language, where it has one."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        url = url_maker()
        places = places_of([attrs.get("id") for attrs in attrs_list])
        language = get_language()
        elsewhere = [place.translation_key for place in places if place and place.language_code != language]
        translations = live_translations_by_key(elsewhere)
        urls = [
            place and url(translations.get(place.translation_key, {}).get(language) or place.url_path)
            for place in places
        ]
        return [f'<a href="{escape(href)}">' if href else "<a>" for href in urls]
