"""Links to pages in rich text; apart from the models, since Wagtail's handler module needs them loaded."""

from django.utils.html import escape

from wagtail.rich_text.pages import PageLinkHandler

from cms.pages.fast_paths.tree import url_maker, url_paths_of


class CachedPageLinkHandler(PageLinkHandler):
    """Links to pages in rich text: Wagtail's handler fetches the linked pages, each as its
    specific type, for every piece of rich text; only their url_path is needed."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        url = url_maker()
        urls = [url_path and url(url_path) for url_path in url_paths_of([attrs.get("id") for attrs in attrs_list])]
        return [f'<a href="{escape(href)}">' if href else "<a>" for href in urls]
