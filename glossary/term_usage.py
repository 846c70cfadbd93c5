"""Where each entry is used: the live pages that link to it, and those where term linking gives it a tooltip.

Links are Wagtail's reference index: rich-text page links, related terms, and any other
reference a page's fields hold. Tooltips are term linking's own answer for each page's body
(`glossary.term_index.linked_term_ids`, kept per body and terms version), asked only of the
live pages whose stored body mentions one of the entries' names: one query for each page
type finds them (`mention_filter`), so the cost follows the pages that mention the entries,
not every page that links terms. The search reads the text a body stores, so it misses a
name only a block's template adds (from a chosen snippet, say); the blocks here add names only
to headings, which are never linked.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from html import escape

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils.text import capfirst

from wagtail.models import Page, ReferenceIndex, get_page_models

from .models import GlossaryAlias, GlossaryPage, TermLinksMixin
from .term_index import linked_term_ids

ASCII_WORD = re.compile(r"[0-9A-Za-z_]+")

# White space between the words of a name in a stored body: any white space character (named
# one by one: databases differ on what "\s" takes in), a JSON escape or an HTML entity.
WHITE_SPACE = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
STORED_WHITE_SPACE = rf"(?:[{WHITE_SPACE}]|\\[nrtf]|\\u[0-9a-fA-F]{{4}}|&#?[0-9A-Za-z]+;)+"
# What may stand before and after a name that starts or ends with a letter or digit: not one
# (a JSON escape such as "\n" ends with one), or the start or end of the text.
WORD_START = r"(?:^|[^0-9A-Za-z_]|\\[nrtfb]|\\u[0-9a-fA-F]{4})"
WORD_END = r"(?:[^0-9A-Za-z_]|$)"

# Past this many names, the search costs more than term linking every page (PostgreSQL takes
# 3 s for 125 names in the bodies of 6,000 pages, 25 s for 500): an export's 5,000 entries.
MOST_NAMES_SEARCHED = 200

# The characters beyond ASCII that case-fold to ASCII letters ("ß" to "ss", the "ﬁ" ligature
# to "fi"): term linking matches "file" in "ﬁle", which no search for "file" finds.
FOLDS_TO_ASCII = (
    "\xdf\u0130\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)


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


def names_by_entry(entry_ids):
    """{entry id: [title, *aliases]} for the live entries among `entry_ids`: only they are linked."""
    entries = GlossaryPage.objects.live().filter(pk__in=entry_ids)
    names = {pk: [title] for pk, title in entries.values_list("pk", "title")}
    for page_id, name in GlossaryAlias.objects.filter(page_id__in=list(names)).values_list("page_id", "name"):
        names[page_id].append(name)
    return names


def stored_forms(text):
    """How `text` can appear in a body's stored JSON: as typed (a plain text block) or
    HTML-escaped (rich text keeps "&amp;" for "&"), JSON-encoded with or without \\u escapes."""
    return {
        json.dumps(html, ensure_ascii=ensure_ascii)[1:-1]
        for html in {text, escape(text, quote=False), escape(text)}
        for ensure_ascii in (False, True)
    }


def piece_pattern(piece):
    """A regular expression for a piece of a name (no white space in it) as a body stores it.

    Databases compare case only for ASCII everywhere (SQLite's JSON keeps "é" as "\\u00e9"),
    so a piece with other characters is looked for by its ASCII words, which are stored as typed.
    """
    if piece.isascii():
        return "(?:" + "|".join(re.escape(form) for form in sorted(stored_forms(piece))) + ")"
    words = ASCII_WORD.findall(piece)
    return r"\S*?".join(re.escape(word) for word in words) if words else r"\S+"


def name_pattern(name):
    """A regular expression for the name as term linking matches it, in a stored body: its
    pieces with any white space between them (as typed, JSON-escaped or an HTML entity), and
    no letter or digit just before or after it where it starts or ends with one."""
    pieces = name.split()
    pattern = STORED_WHITE_SPACE.join(piece_pattern(piece) for piece in pieces)
    if pieces[0].isascii() and ASCII_WORD.match(pieces[0]):
        pattern = WORD_START + pattern
    if pieces[-1].isascii() and ASCII_WORD.match(pieces[-1][-1]):
        pattern += WORD_END
    return pattern


def folding_pattern(names):
    """A case-sensitive regular expression for the characters term linking case-folds into
    letters of one of the names, as typed or JSON-escaped (matching them in any case would
    take in "i" for "İ"); None when there are none."""
    folded = [name.casefold() for name in names]
    chars = [char for char in FOLDS_TO_ASCII if any(ascii_part(char.casefold()) in name for name in folded)]
    if not chars:
        return None
    escapes = {form for char in chars for form in (f"{ord(char):04x}", f"{ord(char):04X}")}
    return f"[{''.join(chars)}]|\\\\u(?:{'|'.join(sorted(escapes))})"


def ascii_part(text):
    return "".join(char for char in text if char.isascii())


def mention_filter(names):
    """Bodies that may mention any of the names, as term linking matches them: two regular
    expressions, so a database reads each body at most twice."""
    mentions = Q(body_text__iregex="|".join(f"(?:{name_pattern(name)})" for name in names))
    folding = folding_pattern(names)
    return mentions | Q(body_text__regex=folding) if folding else mentions


def term_linking_models():
    return [model for model in get_page_models() if issubclass(model, TermLinksMixin)]


def pages_mentioning(names):
    """The live pages that link terms and whose stored body may mention one of the names,
    one query for each page type. Term linking decides which of them do; it never links a
    name of white space alone. Past `MOST_NAMES_SEARCHED` names, every live page that links
    terms."""
    names = [name for name in names if name.split()]
    if not names:
        return []
    pages = []
    for model in term_linking_models():
        found = model.objects.live().filter(
            content_type=ContentType.objects.get_for_model(model), link_glossary_terms=True
        )
        if len(names) <= MOST_NAMES_SEARCHED:
            found = found.alias(body_text=Cast("body", TextField())).filter(mention_filter(names))
        pages += found
    return pages


def tooltips_by_entry(entry_ids):
    """{entry id: [Use]}: the live pages whose body term linking links to each of `entry_ids`,
    with the entry's summary as the link's tooltip."""
    names = names_by_entry(entry_ids)
    tooltips = defaultdict(list)
    for page in pages_mentioning([name for entry_names in names.values() for name in entry_names]):
        for term_id in linked_term_ids(page):
            if term_id in names:
                tooltips[term_id].append(use_of(page))
    return {term_id: in_title_order(uses) for term_id, uses in tooltips.items()}
