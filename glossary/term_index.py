"""The live glossary terms pages link to, kept in each process and rebuilt when the glossary changes.

Each locale has a matcher of its own live entries and their aliases: a page links the terms of
its own locale only. Building the matchers for thousands of terms takes a moment, so a process
builds those of every locale at once, once per terms version (`glossary.versions`), and keeps
them. Reading the version before the terms means a matcher is never labelled newer than the
data it was built from.
"""

import hashlib
import json
from functools import lru_cache
from types import SimpleNamespace

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import Site

from .term_linking import Matcher, Term, link_terms
from .versions import TERMS_VERSION, PerVersion

# Elements never given term links besides links, headings and code: a site's block headings
# drawn as paragraphs, or anything else, carry this class.
NO_LINK_CLASSES = frozenset({"no-term-links"})


def live_terms_by_locale():
    """{locale id: [Term]} of every live, public entry with its aliases, oldest first: never a
    draft's title or summary."""
    glossary_page = apps.get_model("glossary", "GlossaryPage")
    pages = glossary_page.objects.live().public().order_by("pk").only("pk", "title", "summary", "url_path", "locale")
    aliases = alias_names_by_page(apps.get_model("glossary", "GlossaryAlias").objects.filter(page__live=True))
    url = url_maker()
    terms = {}
    for page in pages:
        term = Term(page.pk, page.title, url(page), page.summary, tuple(aliases.get(page.pk, ())))
        if term.url:
            terms.setdefault(page.locale_id, []).append(term)
    return terms


def alias_names_by_page(aliases):
    """{page id: [name]} of a GlossaryAlias queryset, each page's names in the editor's order."""
    names = {}
    for page_id, name in aliases.order_by("page_id", "sort_order", "pk").values_list("page_id", "name"):
        names.setdefault(page_id, []).append(name)
    return names


def url_maker():
    """Turns a page into the URL `Page.get_url()` gives without a request (None off every Site),
    reading the Sites once for all of them."""
    root_paths = SimpleNamespace()  # Wagtail keeps the Sites' root paths on it between pages.
    single_site = len({root.site_id for root in Site.get_site_root_paths()}) == 1

    def url(page):
        parts = page.get_url_parts(root_paths)
        if parts is None:
            return None
        _site_id, root_url, path = parts
        return path if single_site else root_url + path

    return url


@lru_cache(maxsize=1)
def matchers_for(version):
    """{locale id: Matcher} of the locales that have live terms."""
    return {locale_id: Matcher(terms) for locale_id, terms in live_terms_by_locale().items()}


NO_TERMS = Matcher(())


def current_matcher(locale_id):
    return matchers_for(TERMS_VERSION.current()).get(locale_id, NO_TERMS)


def link(page, html):
    return link_terms(html, current_matcher(page.locale_id), exclude_id=page.pk, skip_classes=NO_LINK_CLASSES)


# Linked bodies by (page id, locale id, digest of the HTML), kept for the terms version: a body
# is linked once and reused by every render of it (another language's headings, a draft's
# change or a moved link target make other HTML). Bounded, as a crawl renders every page once.
LINKED_BODIES = PerVersion(dict)
MAX_LINKED_BODIES = 200


def link_once(page, html):
    """`link(page, html)`, worked out once per terms version for the same page and HTML."""
    key = (page.pk, page.locale_id, hashlib.sha256(html.encode()).digest())
    known = LINKED_BODIES.get()
    if key not in known:
        if len(known) >= MAX_LINKED_BODIES:
            known.clear()
        known[key] = link(page, html)
    return known[key]


def link_page(page, html):
    """The page's rendered body with glossary terms linked, unless its editor switched it off."""
    if not page.link_glossary_terms:
        return html
    return link_once(page, html).html


# Linked term ids by (page id, digest of the stored body): drafts get their own.
LINKED_TERM_IDS = PerVersion(dict)


def linked_term_ids(page):
    """The entries the page's body links to, in the order they are first linked.

    The body is rendered as the page template renders it, so the API lists what readers see.
    A body is rendered once per terms version in each process, not once per API request.
    """
    if not page.link_glossary_terms:
        return []
    body = json.dumps(list(page.body.raw_data), sort_keys=True, cls=DjangoJSONEncoder)
    key = (page.pk, hashlib.sha256(body.encode()).hexdigest())
    known = LINKED_TERM_IDS.get()
    if key not in known:
        html = "".join(child.render_as_block(context={"page": page}) for child in page.body)
        known[key] = [term.id for term in link_once(page, html).terms]
    return known[key]
