"""Where each entry is used: the live pages that link to it, and those where term linking gives it a tooltip.

Links are Wagtail's reference index: rich-text page links, related terms, and any other
reference a page's fields hold. Tooltips are term linking's own answer for each live page's
body (`glossary.term_index.linked_term_ids`), which each process keeps per body and terms
version: the first answer after a publish renders every live page that links terms, later
ones only read the bodies (one query for each page type).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst

from wagtail.models import Page, ReferenceIndex

from .models import GlossaryPage, TermLinksMixin
from .term_index import linked_term_ids


@dataclass(frozen=True)
class Use:
    """A live page that uses an entry."""

    page_id: int
    title: str
    kind: str

    def __str__(self):
        return f"{self.title} ({self.kind})"


def use_of(page):
    kind = ContentType.objects.get_for_id(page.content_type_id).model_class()._meta.verbose_name
    return Use(page.pk, page.title, capfirst(kind))


def in_title_order(uses):
    return sorted(uses, key=lambda use: (use.title, use.page_id))


def links_by_entry():
    """{entry id: [Use]}: the live pages whose fields link to each entry, by the reference index."""
    references = (
        ReferenceIndex.get_references_to_in_bulk(GlossaryPage.objects.all())
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("to_object_id", "object_id")
        .distinct()
    )
    pairs = {(int(target), int(source)) for target, source in references if target != source}
    sources = Page.objects.live().only("pk", "title", "content_type").in_bulk({source for _target, source in pairs})
    links = defaultdict(list)
    for target, source in pairs:
        if source in sources:
            links[target].append(use_of(sources[source]))
    return {target: in_title_order(uses) for target, uses in links.items()}


def tooltips_by_entry(entry_ids):
    """{entry id: [Use]}: the live pages whose body term linking links to each of `entry_ids`,
    with the entry's summary as the link's tooltip."""
    tooltips = defaultdict(list)
    for page in Page.objects.live().type(TermLinksMixin).order_by("title", "pk").specific():
        for term_id in linked_term_ids(page):
            if term_id in entry_ids:
                tooltips[term_id].append(use_of(page))
    return dict(tooltips)


@dataclass
class TermUsage:
    """Which live pages link to each entry and which give it a tooltip."""

    links: dict = field(default_factory=dict)
    tooltips: dict = field(default_factory=dict)

    @classmethod
    def build(cls):
        return cls(
            links=links_by_entry(), tooltips=tooltips_by_entry(set(GlossaryPage.objects.values_list("pk", flat=True)))
        )

    def used_term_ids(self):
        return {term_id for term_id, uses in (*self.links.items(), *self.tooltips.items()) if uses}
