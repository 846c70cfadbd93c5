"""Exporting the glossary's entries as CSV, JSON or a JSON-LD DefinedTermSet."""

from wagtail.models import Revision

from .formats import write_csv, write_json, write_jsonld
from .records import record_from_content, record_from_page


def entry_records(index, latest_revisions=False, public_only=False):
    """The records of the index's live entries in title order, or with `latest_revisions` of every
    entry as its latest revision (drafts included); with `public_only`, no private entries."""
    from glossary.models import GlossaryPage

    slug_of_id = dict(GlossaryPage.objects.values_list("pk", "slug"))
    entries = GlossaryPage.objects.child_of(index).order_by("title", "pk")
    if not latest_revisions:
        entries = entries.live()
    if public_only:
        entries = entries.public()
    if latest_revisions:
        rows = list(entries.values_list("slug", "latest_revision_id", "pk"))
        contents = dict(Revision.objects.filter(pk__in=[row[1] for row in rows]).values_list("pk", "content"))
        missing = [pk for _slug, revision, pk in rows if revision not in contents]
        pages = GlossaryPage.objects.filter(pk__in=missing).prefetch_related("term_aliases", "related_terms").in_bulk()
        return [
            record_from_content(contents[revision], slug, slug_of_id)
            if revision in contents
            else record_from_page(pages[pk], slug_of_id)
            for slug, revision, pk in rows
        ]
    return [record_from_page(page, slug_of_id) for page in entries.prefetch_related("term_aliases", "related_terms")]


def entry_urls(index, request=None):
    from glossary.models import GlossaryPage

    return {entry.slug: entry.get_full_url(request) for entry in GlossaryPage.objects.child_of(index).live()}


def export_terms(file_format, latest_revisions=False, request=None):
    """The glossary's entries as the text of a CSV, JSON or JSON-LD file (live entries, or with
    `latest_revisions` every entry's latest revision)."""
    from .imports import glossary_index

    index = glossary_index()
    records = entry_records(index, latest_revisions=latest_revisions)
    if file_format == "csv":
        return write_csv(records)
    if file_format == "json":
        return write_json(records)
    return write_jsonld(records, index.title, index.get_full_url(request), entry_urls(index, request))


def live_terms_dataset(index, request=None):
    """The public dataset: the index's live, public entries (those of its language) as a JSON-LD
    DefinedTermSet in that language."""
    from glossary.models import language_of

    records = entry_records(index, public_only=True)
    url = index.get_full_url(request)
    return write_jsonld(records, index.title, url, entry_urls(index, request), language=language_of(index))
