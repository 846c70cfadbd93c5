"""RSS 2.0 and Atom feeds of the blog: the newest live, public articles, as the blog index lists them.

One feed a language, at the language's URLs (`/blog/feed/rss/`, `/de/blog/feed/rss/`): the blog
of the site's home page in that language, with its articles, and the language as the feed's
``<language>`` (RSS) or ``xml:lang`` (Atom), which Django takes from the active language.

An article has several authors; Django's feed generators write one, so ours write one
``dc:creator`` (RSS) or ``<author>`` (Atom) per author. An article's guid is its page's
translation key: unlike its URL it survives a slug change or a move, so feed readers never
show a renamed article twice.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from wagtail.models import Locale, Site

from cms.pages.seo import modified_at, published_at

from .models import BlogIndexPage

FEED_SIZE = 20
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class RssWithAuthors(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["author_names"]:
            handler.addQuickElement("dc:creator", name)


class AtomWithAuthors(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["author_names"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


class BlogRssFeed(Feed):
    feed_type = RssWithAuthors
    item_guid_is_permalink = False

    def get_object(self, request):
        """The blog of the site the request is for, in the request's language."""
        site = Site.find_for_request(request)
        blogs = BlogIndexPage.objects.live().public().filter(locale=Locale.get_active())
        blog = site and blogs.descendant_of(site.root_page.localized).first()
        if blog is None:
            raise Http404("This site has no blog.")
        return blog

    def title(self, blog):
        return f"{blog.title} | {settings.WAGTAIL_SITE_NAME}"

    def link(self, blog):
        return blog.get_full_url()

    def description(self, blog):
        return blog.get_meta_description()

    def author_name(self, blog):
        """Atom wants an author for every entry; the site stands in for an article without one."""
        return settings.WAGTAIL_SITE_NAME

    def items(self, blog):
        return blog.live_posts()[:FEED_SIZE]

    def item_title(self, article):
        """RSS readers take titles and descriptions as HTML; ours are plain text."""
        return escape(article.title)

    def item_description(self, article):
        return escape(article.intro)

    def item_link(self, article):
        return article.get_full_url()

    def item_guid(self, article):
        return f"urn:uuid:{article.translation_key}"

    def item_pubdate(self, article):
        return published_at(article)

    def item_updateddate(self, article):
        return modified_at(article)

    def item_categories(self, article):
        return [tag.name for tag in article.tag_list()]

    def item_extra_kwargs(self, article):
        return {"author_names": [author.name for author in article.author_list()]}


class BlogAtomFeed(BlogRssFeed):
    feed_type = AtomWithAuthors
    subtitle = BlogRssFeed.description

    def item_title(self, article):
        """An Atom title is plain text unless it says otherwise; the summary is marked as HTML."""
        return article.title
