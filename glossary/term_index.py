"""The live glossary terms pages link to, kept in each process and rebuilt when the glossary changes.

Building the matcher for thousands of terms takes a moment, so a process builds it once and
keeps it. Processes share no memory: the shared Django cache holds a "terms version" (a
`cms.caching.shared_token.SharedToken`) that `retire_when_terms_change` replaces when
`cms.pages.signals.published_content_changed` says a change touching the terms has committed.
A process whose matcher was built from another version rebuilds it on its next render, with a
fixed number of queries. Reading the version before the terms means a matcher is never
labelled newer than the data it was built from. A version also lasts at most
`VERSION_SECONDS`: should a process ever run with a cache of its own (say a local-memory
one), this bounds how long it can miss a change made in another process.
While Redis is unreachable every read of the version gives a new one, so each render rebuilds
the matcher: slower, never stale.

What touches the terms: an entry or the glossary index (its slug is in every entry's URL)
published, unpublished (deletes included: Wagtail unpublishes a live page before deleting
it), moved, given a new slug, or made private or public, also when the change was made to a
page above them (the signal then reports the live pages under it too); any change to a Site.
Publishing an article, or deleting a draft entry, leaves the matcher alone.
"""

import hashlib
import json
from functools import lru_cache

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder

from cms.caching.generation_memo import PerGeneration
from cms.caching.shared_token import SharedToken
from cms.pages.fast_paths.tree import url_maker

from .term_linking import Matcher, Term, link_terms

VERSION_SECONDS = 600
# Block headings drawn as paragraphs rather than h1-h6 (the callout's title).
BLOCK_HEADING_CLASSES = frozenset({"callout__title"})

TERMS_VERSION = SharedToken("glossary:terms-version", timeout=VERSION_SECONDS)
terms_version = TERMS_VERSION.current
new_version = TERMS_VERSION.renew


def live_terms():
    """Every live, public entry with its aliases, oldest first: never a draft's title or summary."""
    glossary_page = apps.get_model("glossary", "GlossaryPage")
    pages = glossary_page.objects.live().public().order_by("pk").values_list("pk", "title", "summary", "url_path")
    aliases = {}
    for page_id, name in (
        apps.get_model("glossary", "GlossaryAlias")
        .objects.filter(page__live=True)
        .order_by("page_id", "sort_order", "pk")
        .values_list("page_id", "name")
    ):
        aliases.setdefault(page_id, []).append(name)
    url = url_maker()
    terms = [
        Term(pk, title, url(url_path), summary, tuple(aliases.get(pk, ()))) for pk, title, summary, url_path in pages
    ]
    return [term for term in terms if term.url]


@lru_cache(maxsize=1)
def matcher_for(version):
    return Matcher(live_terms())


def current_matcher():
    return matcher_for(terms_version())


def link(page, html):
    return link_terms(html, current_matcher(), exclude_id=page.pk, skip_classes=BLOCK_HEADING_CLASSES)


def link_page(page, html):
    """The page's rendered body with glossary terms linked, unless its editor switched it off."""
    if not page.link_glossary_terms:
        return html
    return link(page, html).html


# Linked term ids by (page id, digest of the stored body): drafts get their own. Whatever
# renews the terms version renews the generation too.
LINKED_TERM_IDS = PerGeneration(dict)


def linked_term_ids(page):
    """The entries the page's body links to, in the order they are first linked.

    The body is rendered as the page template renders it, so the API lists what readers see.
    A body is rendered once per generation in each process, not once per API request.
    """
    if not page.link_glossary_terms:
        return []
    body = json.dumps(list(page.body.raw_data), sort_keys=True, cls=DjangoJSONEncoder)
    key = (page.pk, hashlib.sha256(body.encode()).hexdigest())
    known = LINKED_TERM_IDS.get()
    if key not in known:
        html = "".join(child.render_as_block(context={"page": page}) for child in page.body)
        known[key] = [term.id for term in link(page, html).terms]
    return known[key]


def retire_when_terms_change(pages, **kwargs):
    """Receives `published_content_changed`: a new terms version when an entry or the glossary
    index is among the changed pages, or when any page's URL may have changed (a Site)."""
    term_types = (apps.get_model("glossary", "GlossaryPage"), apps.get_model("glossary", "GlossaryIndexPage"))
    if pages is None or any(issubclass(page.specific_class, term_types) for page in pages if page.specific_class):
        new_version()
