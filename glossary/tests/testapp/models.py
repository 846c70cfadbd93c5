"""What a site has beside the glossary: a home page and a standard page that links terms."""

from modelcluster.fields import ParentalKey

from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Page

from glossary.models import RelatedTerm, RelatedTermsMixin, TermLinksMixin


class HomePage(Page):
    pass


class StandardPage(RelatedTermsMixin, TermLinksMixin, Page):
    body = StreamField([("paragraph", blocks.RichTextBlock())], blank=True)

    content_panels = Page.content_panels + [FieldPanel("body"), InlinePanel("related_terms")]
    promote_panels = Page.promote_panels + TermLinksMixin.term_links_panels
    api_fields = [*TermLinksMixin.term_links_api_fields, *RelatedTermsMixin.related_terms_api_fields]


class StandardPageRelatedTerm(RelatedTerm):
    page = ParentalKey(StandardPage, on_delete=models.CASCADE, related_name="related_terms")
