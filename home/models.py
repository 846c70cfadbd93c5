from modelcluster.fields import ParentalKey

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import InlinePanel
from wagtail.api import APIField

from blog.models import BlogPage
from cms.api.fields import ArticleLinksAPIField, PageLinksAPIField
from cms.pages.base import SectionPage
from cms.pages.fast_paths.tree import RoutesByUrlPath
from glossary.models import RelatedTerm, live_terms_in_order

NEWEST_ARTICLES = 3


class HomePage(RoutesByUrlPath, SectionPage):
    content_panels = SectionPage.content_panels + [
        InlinePanel("featured_terms", label=_("Featured term"), heading=_("Featured glossary terms")),
    ]
    api_fields = SectionPage.api_fields + [
        APIField("featured_terms", serializer=PageLinksAPIField(source="featured_glossary_terms")),
        APIField("newest_articles", serializer=ArticleLinksAPIField()),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["glossary.GlossaryIndexPage", "blog.BlogIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def featured_glossary_terms(self):
        return live_terms_in_order(self.featured_terms, self.locale_id)

    def newest_articles(self):
        return BlogPage.newest(NEWEST_ARTICLES, self.locale_id)


class HomeFeaturedTerm(RelatedTerm):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_terms")
