from modelcluster.fields import ParentalKey

from django.db import models

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField

from blog.models import BlogPage
from cms.pages import BasePage
from glossary.models import RelatedTerm, live_terms_in_order

NEWEST_ARTICLES = 3


class HomePage(BasePage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_terms", label="Featured term", heading="Featured glossary terms"),
    ]
    reading_time_fields = ()

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["glossary.GlossaryIndexPage", "blog.BlogIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_listing_summary(self):
        return self.search_description

    def featured_glossary_terms(self):
        return live_terms_in_order(self.featured_terms)

    def newest_articles(self):
        return BlogPage.newest(NEWEST_ARTICLES)


class HomeFeaturedTerm(RelatedTerm):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_terms")
