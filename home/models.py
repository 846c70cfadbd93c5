from modelcluster.fields import ParentalKey

from django.db import models

from wagtail.admin.panels import InlinePanel
from wagtail.api import APIField

from blog.models import BlogPage
from cms.api.fields import ArticleLinksAPIField, PageLinksAPIField
from cms.pages.base import SectionPage
from cms.pages.page_tree import page_at
from glossary.models import RelatedTerm, live_terms_in_order

NEWEST_ARTICLES = 3


class HomePage(SectionPage):
    content_panels = SectionPage.content_panels + [
        InlinePanel("featured_terms", label="Featured term", heading="Featured glossary terms"),
    ]
    api_fields = SectionPage.api_fields + [
        APIField("featured_terms", serializer=PageLinksAPIField(source="featured_glossary_terms")),
        APIField("newest_articles", serializer=ArticleLinksAPIField()),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["glossary.GlossaryIndexPage", "blog.BlogIndexPage"]

    class Meta:
        verbose_name = "home page"

    def route(self, request, path_components):
        """Find the page by its url_path instead of walking the tree a query per level.

        No page type here routes sub-paths of its own; a path no page has is walked as
        Wagtail does, which gives the 404 (or whatever a page that routes sub-paths answers).
        """
        page = path_components and page_at(self.url_path + "".join(f"{part}/" for part in path_components))
        if not page:
            return super().route(request, path_components)
        return page.route(request, [])

    def featured_glossary_terms(self):
        return live_terms_in_order(self.featured_terms)

    def newest_articles(self):
        return BlogPage.newest(NEWEST_ARTICLES)


class HomeFeaturedTerm(RelatedTerm):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_terms")
