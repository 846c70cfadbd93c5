"""The page base every page type builds on, assembled from small mixins.

Each mixin brings its own fields and panels, so a page type only declares what is
its own: its content fields, its body blocks and where it may live in the tree.
"""

from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.api.fields import ImageAPIField, IntegerAPIField, PageLinksAPIField, TextAPIField, TranslationsAPIField
from cms.pages.fast_paths.privacy import PageManager, ancestors_of, view_restrictions
from cms.pages.forms import APIPageForm, EditorialPageForm
from cms.pages.reading_time import reading_minutes, stream_word_count
from cms.pages.showing import site_url_paths, url_paths_showing
from cms.pages.translations import alternates, translation_links


class SeoMixin(models.Model):
    """Search and social sharing: Wagtail's promote tab plus an Open Graph image."""

    og_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Open Graph image"),
        help_text=_("Shown when the page is shared on social media (1200x630 works best)."),
    )

    # Open Graph's type of the page; an "article" also gets its publication times (cms.pages.seo).
    og_type = "website"

    seo_panels = [FieldPanel("og_image")]
    # seo_title and search_description are in every page's `meta` already.
    seo_api_fields = [
        APIField("meta_description", serializer=TextAPIField(source="get_meta_description")),
        APIField("share_image", serializer=ImageAPIField(source="get_share_image")),
    ]

    class Meta:
        abstract = True

    def get_listing_summary(self):
        """The short text used in listings; page types override it with their own field."""
        return ""

    def get_meta_description(self):
        return self.search_description or self.get_listing_summary()

    def get_share_image(self):
        return self.og_image

    def get_post_date(self):
        """The date the editor gives as the publication date, if the page type has one."""
        return None

    def json_ld_node(self, request, trail):
        """The schema.org node saying what the page is, or None; `trail` runs from the site's home page to this one."""
        return None


class ReadingTimeMixin(models.Model):
    """Reading time, counted from the text of the page's StreamFields."""

    reading_time_fields = ("body",)
    reading_time_api_fields = [APIField("reading_time", serializer=IntegerAPIField())]

    class Meta:
        abstract = True

    @cached_property
    def word_count(self):
        return sum(stream_word_count(getattr(self, name)) for name in self.reading_time_fields)

    @property
    def reading_time(self):
        return reading_minutes(self.word_count)


FRONTEND_PREVIEW = "frontend"


class BasePage(HeadlessPreviewMixin, SeoMixin, ReadingTimeMixin, Page):
    """Every page: SEO, reading time, and two previews: on this site, and in the front-end.

    The "Decoupled front-end" preview mode is wagtail-headless-preview's: it stores the draft
    and sends the browser to the front-end (HEADLESS_CLIENT_URLS) with a token. Readers are
    still served by our templates.
    """

    preview_modes = [("", _("Site")), (FRONTEND_PREVIEW, _("Decoupled front-end"))]
    objects = PageManager()
    # What site search calls a result of this type (cms.views.search); without one, the type is not searched.
    search_label = ""
    # The filters this type adds to API v2's pages listing (cms.api.v2): dotted paths of
    # rest_framework filter backends that name their `query_parameters`. Paths, as Wagtail's
    # API modules cannot be imported while models load.
    api_filters = []

    promote_panels = Page.promote_panels + SeoMixin.seo_panels
    base_form_class = EditorialPageForm
    api_base_form_class = APIPageForm
    api_fields = [
        *SeoMixin.seo_api_fields,
        APIField("last_published_at"),
        APIField("breadcrumb", serializer=PageLinksAPIField(source="get_breadcrumb")),
        APIField("translations", serializer=TranslationsAPIField(source="get_translation_links")),
    ]

    class Meta:
        abstract = True

    def serve_preview(self, request, mode_name):
        if mode_name == FRONTEND_PREVIEW:
            return HeadlessPreviewMixin.serve_preview(self, request, mode_name)
        return Page.serve_preview(self, request, mode_name)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        languages = [{"lang_code": code, "location": href} for code, href in alternates(self)]
        return [{**url, "alternates": languages} for url in urls] if languages else urls

    def get_breadcrumb(self):
        """The ancestors from the site's home page down, without Wagtail's root page."""
        if not self.path or self.depth <= 2:
            return []
        return ancestors_of(self.url_path.rsplit("/", 2)[0] + "/")

    def get_translation_links(self):
        """The page in the other languages, as the APIs' `translations` field lists it."""
        return translation_links([self])[0]

    def get_view_restrictions(self):
        return view_restrictions(self, self.get_breadcrumb())

    def get_url_paths_showing(self):
        """The `url_path`s of the other pages whose rendering shows this page, besides its
        descendants (their breadcrumbs do): what a change to it purges (cms.pages.signals)."""
        return url_paths_showing(self)

    def get_route_url_paths(self):
        """The `url_path`s of what the page serves below its own URL that lists its children."""
        return set()


class SectionMixin:
    """What makes a page a section of the site (home, the glossary, the blog): it introduces and
    lists others, has no body, is the only one of its type, and every page's header links to it."""

    reading_time_fields = ()
    max_count = 1

    def get_listing_summary(self):
        return self.search_description

    def get_url_paths_showing(self):
        """Every page of its Site as well: the header of every page links to the sections."""
        return super().get_url_paths_showing() | site_url_paths(self)


class SectionPage(SectionMixin, BasePage):
    """A section with a short intro."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro", heading=_("Intro"))]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        abstract = True
