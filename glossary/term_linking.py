"""Link the first mention of each glossary term in rendered HTML to its entry.

Pure functions, no database: `Matcher` is built from the terms once, and
`link_terms` applies it to a page's rendered body on every render. The index of live terms
and when it is rebuilt are in `glossary.term_index`.

Matching rules:

- Whole words, case-insensitive. Text and names are cut into tokens (runs of letters and
  digits, single punctuation marks, runs of white space), so "API" never matches inside
  "RAPID" or "APIs", and a name with punctuation ("C++", ".NET", "CI/CD") matches when
  the text around it is not a letter or digit. Any white space matches any white space.
- No plural forms are guessed: "APIs" links only when an entry has the alias "APIs".
- Longest match wins, from left to right: "Backend Software Development" is one match, and
  the "Backend" inside it is not matched on its own.
- A name shared by several entries belongs to the first entry with it as its title, else
  the first with it as an alias, in the order the terms are given.
- A match only links the first time its entry is matched on the page; later matches, and
  matches of the page's own names, still use up their words.
- Text is matched within one text node: a name split by markup ("Backend <em>Software</em>")
  does not match across it.
- Nothing is linked inside links, headings, code, interactive elements, or elements with
  one of the `skip_classes` (block headings drawn as paragraphs).

The tooltip is the entry's summary in a `role="tooltip"` span that the link names with
`aria-describedby`. The site's CSS keeps it out of view (`display: none`, so screen readers
do not read it again in the flow of the text) and shows it while the term is hovered or the
link has keyboard focus, with no JavaScript; `glossary/js/term-tips.js` lets Escape hide
it until the pointer or focus comes back. Screen readers announce it as the link's
description: a reference by `aria-describedby` counts even while the element is hidden.
"""

import re
from dataclasses import dataclass
from html import escape, unescape
from html.parser import HTMLParser
from typing import NamedTuple

TOKEN = re.compile(r"(\w+)|(\s+)|[^\w\s]")
END = ""  # Key of a trie node's entries: no token is empty.

SKIP_TAGS = frozenset(
    {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "script", "style", "template"}
    | {"button", "label", "select", "option", "textarea", "summary", "svg", "math"}
)
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


@dataclass(frozen=True)
class Term:
    id: int
    title: str
    url: str
    summary: str
    aliases: tuple[str, ...] = ()


class Token(NamedTuple):
    key: str
    start: int
    end: int
    is_word: bool


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class Linked:
    html: str
    terms: tuple[Term, ...]


def tokenize(text):
    tokens = []
    for found in TOKEN.finditer(text):
        word, space = found.group(1, 2)
        key = " " if space else found.group().casefold()
        tokens.append(Token(key, found.start(), found.end(), bool(word)))
    return tokens


def name_key(name):
    return tuple(token.key for token in tokenize(name.strip()))


class Matcher:
    """A trie of the tokens of every name: finding names costs the same for 5 or 5,000 terms."""

    def __init__(self, terms):
        self.root = {}
        terms = list(terms)
        for term in terms:
            self.add(term.title, term)
        for term in terms:
            for alias in term.aliases:
                self.add(alias, term)

    def add(self, name, term):
        key = name_key(name)
        if not key:
            return
        node = self.root
        for token in key:
            node = node.setdefault(token, {})
        entries = node.setdefault(END, [])
        if term not in entries:
            entries.append(term)

    def find(self, text):
        """The leftmost-longest whole-word matches in the text, without overlaps."""
        tokens = tokenize(text)
        matches = []
        i = 0
        while i < len(tokens):
            found = self.longest_at(tokens, i) if i == 0 or not tokens[i - 1].is_word else None
            if found is None:
                i += 1
                continue
            end, terms = found
            matches.append(Match(tokens[i].start, tokens[end - 1].end, tuple(terms)))
            i = end
        return matches

    def longest_at(self, tokens, i):
        node, found = self.root, None
        for j in range(i, len(tokens)):
            node = node.get(tokens[j].key)
            if node is None:
                break
            if END in node and (j + 1 == len(tokens) or not tokens[j + 1].is_word):
                found = (j + 1, node[END])
        return found


class TextNodes(HTMLParser):
    """The text nodes terms may be linked in, each with its span in the source HTML.

    Every parser event records where it starts, so a text node's source runs to the next
    event; a node whose source does not read back as its text is left alone.
    """

    def __init__(self, html, skip_classes):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.skip_classes = frozenset(skip_classes)
        self.line_starts = [0, *(found.end() for found in re.finditer("\n", html))]
        self.starts = []
        self.texts = []
        self.open_elements = []

    def here(self):
        line, column = self.getpos()
        self.starts.append(self.line_starts[line - 1] + column)

    def skips(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        return tag in SKIP_TAGS or bool(classes & self.skip_classes)

    def handle_starttag(self, tag, attrs):
        self.here()
        if tag not in VOID_TAGS:
            self.open_elements.append((tag, self.skips(tag, attrs)))

    def handle_startendtag(self, tag, attrs):
        self.here()

    def handle_endtag(self, tag):
        self.here()
        for depth in range(len(self.open_elements) - 1, -1, -1):
            if self.open_elements[depth][0] == tag:
                del self.open_elements[depth:]
                break

    def handle_data(self, data):
        self.here()
        if not any(skipped for _tag, skipped in self.open_elements):
            self.texts.append((len(self.starts) - 1, data))

    def handle_comment(self, data):
        self.here()

    def handle_decl(self, decl):
        self.here()

    def handle_pi(self, data):
        self.here()

    def unknown_decl(self, data):
        self.here()

    def spans(self):
        """(start, end, text) of each linkable text node, in document order."""
        self.feed(self.html)
        self.close()
        ends = [*self.starts[1:], len(self.html)]
        for event, text in self.texts:
            start, end = self.starts[event], ends[event]
            if unescape(self.html[start:end]) == text:
                yield start, end, text


def term_html(term, text):
    link = f'<a class="term-link" href="{escape(term.url)}"'
    if not term.summary.strip():
        return f"{link}>{escape(text, quote=False)}</a>"
    tip = f"term-tip-{term.id}"
    return (
        f'<span class="term-ref">{link} aria-describedby="{tip}">{escape(text, quote=False)}</a>'
        f'<span class="term-tip" id="{tip}" role="tooltip">{escape(term.summary, quote=False)}</span></span>'
    )


def link_text(text, matcher, linked, exclude_id):
    """The text node as HTML with its new links, or None when it has none."""
    pieces, done = [], 0
    for match in matcher.find(text):
        term = match.terms[0]
        if term.id in linked or any(candidate.id == exclude_id for candidate in match.terms):
            continue
        linked[term.id] = term
        pieces += [escape(text[done : match.start], quote=False), term_html(term, text[match.start : match.end])]
        done = match.end
    if not pieces:
        return None
    return "".join([*pieces, escape(text[done:], quote=False)])


def link_terms(html, matcher, *, exclude_id=None, skip_classes=()):
    """The HTML with the first mention of each term linked, and the terms in link order.

    `exclude_id` is the entry being rendered: its own title and aliases are never linked.
    Only the text nodes that gain a link change; the rest of the HTML is kept as it was.
    """
    linked = {}
    pieces, done = [], 0
    for start, end, text in TextNodes(html, skip_classes).spans():
        replacement = link_text(text, matcher, linked, exclude_id)
        if replacement is not None:
            pieces += [html[done:start], replacement]
            done = end
    pieces.append(html[done:])
    return Linked("".join(pieces), tuple(linked.values()))
