""" "What a change touches": the panel on an entry's edit view (where a reviewer reviews a
submission too) listing the live pages that show the entry.

Two answers make it up: what the purge starts from for every page type
(`cms.pages.showing.url_paths_showing`: the index that lists the entry, the home page, and
every live page that links to it or lists it, by Wagtail's reference index), and the live
pages whose body term linking links to it with its summary as a tooltip
(`glossary.term_usage.tooltips_by_entry`, which renders only the pages whose text mentions
one of the entry's names). The purge itself refreshes every page that links
terms, since any of them might mention the entry; this panel names those that do.

The glossary's models import this module (through `home.glossary`) while they load, so the
glossary is imported when the panel is drawn.
"""

from dataclasses import dataclass

from wagtail.admin.panels import Panel
from wagtail.models import Page

from cms.pages.showing import url_paths_showing


@dataclass(frozen=True)
class ShownOn:
    title: str
    kind: str
    url: str


def shown_on(pages, request):
    from glossary.term_usage import use_of

    return [ShownOn(page.title, use_of(page).kind, page.get_url(request)) for page in pages]


class EntryReachPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/entry_reach.html"

        def is_shown(self):
            return self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            from glossary.term_usage import tooltips_by_entry

            context = super().get_context_data(parent_context)
            entry = self.instance
            listing = Page.objects.live().filter(url_path__in=url_paths_showing(entry)).exclude(pk=entry.pk)
            tooltip_ids = [use.page_id for use in tooltips_by_entry({entry.pk}).get(entry.pk, [])]
            tooltips = Page.objects.live().in_bulk(tooltip_ids)
            context["entry_is_live"] = entry.live
            context["listing"] = shown_on(listing.order_by("title", "pk"), self.request)
            context["tooltips"] = shown_on([tooltips[pk] for pk in tooltip_ids if pk in tooltips], self.request)
            return context
