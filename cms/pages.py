"""The page base every page type builds on, assembled from small mixins.

Each mixin brings its own fields and panels, so a page type only declares what is
its own: its content fields, its body blocks and where it may live in the tree.
"""

from functools import cached_property

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .forms import EditorialPageForm
from .reading_time import reading_minutes, stream_word_count


class SeoMixin(models.Model):
    """Search and social sharing: Wagtail's promote tab plus an Open Graph image."""

    og_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Open Graph image",
        help_text="Shown when the page is shared on social media (1200x630 works best).",
    )

    seo_panels = [FieldPanel("og_image")]

    class Meta:
        abstract = True

    def get_listing_summary(self):
        """The short text used in listings; page types override it with their own field."""
        return ""

    def get_meta_description(self):
        return self.search_description or self.get_listing_summary()

    def get_share_image(self):
        return self.og_image


class ReadingTimeMixin(models.Model):
    """Reading time, counted from the text of the page's StreamFields."""

    reading_time_fields = ("body",)

    class Meta:
        abstract = True

    @cached_property
    def word_count(self):
        return sum(stream_word_count(getattr(self, name)) for name in self.reading_time_fields)

    @property
    def reading_time(self):
        return reading_minutes(self.word_count)


class BasePage(SeoMixin, ReadingTimeMixin, Page):
    promote_panels = Page.promote_panels + SeoMixin.seo_panels
    base_form_class = EditorialPageForm

    class Meta:
        abstract = True


class SectionPage(BasePage):
    """A page that introduces and lists others (home, the glossary, the blog): a short intro, no body."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    reading_time_fields = ()
    max_count = 1

    class Meta:
        abstract = True

    def get_listing_summary(self):
        return self.search_description
