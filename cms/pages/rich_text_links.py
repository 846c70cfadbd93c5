"""Links to pages in rich text, resolved without a query per text once the pages are known.

Wagtail's own handler fetches the linked pages, each as its specific type, for every piece of
rich text it renders: a body of many blocks, or an API listing of many pages, pays for each.
Only the page's url_path is needed for its URL, and each process keeps every page's
(cms.pages.page_tree).
"""

from django.utils.html import escape

from wagtail.rich_text.pages import PageLinkHandler

from cms.pages.page_tree import url_paths_of
from cms.pages.site_paths import url_maker


class CachedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        url = url_maker()
        urls = [url_path and url(url_path) for url_path in url_paths_of([attrs.get("id") for attrs in attrs_list])]
        return [f'<a href="{escape(href)}">' if href else "<a>" for href in urls]
