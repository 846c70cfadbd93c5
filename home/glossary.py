"""This site's glossary: the glossary app's pages built on this site's page base.

The settings name these (GLOSSARY_PAGE_BASE, GLOSSARY_INDEX_PAGE_BASE, GLOSSARY_BODY_BLOCK).
The glossary app imports this module while its models load, so it imports no models.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy

from wagtail.api import APIField
from wagtail.models import Page

from cms.api.fields import ArticleLinksAPIField
from cms.pages.base import BasePage, SectionMixin
from cms.pages.blocks import BaseStreamBlock, ConclusionBlock
from glossary.blocks import PICKER_GROUP, GlossaryStreamBlock
from home.entry_reach import EntryReachPanel


class GlossaryIndexBase(SectionMixin, BasePage):
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def get_url_paths_showing(self):
        """Its dataset of terms as well, which names the glossary."""
        return super().get_url_paths_showing() | self.get_route_url_paths()

    def get_route_url_paths(self):
        """The glossary's dataset of terms."""
        from glossary.models import DATASET_PATH

        return {self.url_path + DATASET_PATH}


class GlossaryEntryBase(BasePage):
    content_panels = BasePage.content_panels + [
        EntryReachPanel(
            heading="Where this entry shows",
            help_text="The live pages a change to this entry reaches once it is published.",
            classname="collapsed",
        )
    ]
    api_fields = BasePage.api_fields + [
        *BasePage.reading_time_api_fields,
        APIField("recent_articles", serializer=ArticleLinksAPIField()),
    ]
    reading_time_fields = ("body",)
    search_label = gettext_lazy("Glossary term")
    og_type = "article"

    class Meta:
        abstract = True

    def get_listing_summary(self):
        return self.summary

    def get_url_paths_showing(self):
        """Every live page in its language that links glossary terms as well: any of them may
        mention the entry, which term linking turns into a link carrying its summary; and the
        glossary's dataset."""
        from glossary.models import DATASET_PATH, TermLinksMixin

        linking = (
            Page.objects.live().filter(locale_id=self.locale_id).type(TermLinksMixin).values_list("url_path", flat=True)
        )
        glossary_dataset = self.url_path.rsplit("/", 2)[0] + "/" + DATASET_PATH
        return super().get_url_paths_showing() | set(linking) | {glossary_dataset}

    def recent_articles(self):
        """The sidebar's newest articles."""
        return apps.get_model("blog", "BlogPage").recent(self)


class EntryBodyBlock(BaseStreamBlock, GlossaryStreamBlock):
    """An entry's body: the glossary's blocks, with the conclusion among them, then this site's general blocks."""

    conclusion = ConclusionBlock(group=PICKER_GROUP)
