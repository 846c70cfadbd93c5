/**
 * Links the first mention of each glossary entry in a page body, as the site does when it
 * renders the page (glossary/term_linking.py); the API's `body` holds the text as written and
 * `linked_terms` the entries to link.
 *
 * - Whole words, ignoring case: "API" never matches inside "RAPID" or "APIs"; a name with
 *   punctuation ("C++", "CI/CD") matches when no letter or digit touches it. Any run of white
 *   space matches any other.
 * - Longest match first, from left to right; a name shared by several entries belongs to the
 *   first with it as its title, else the first with it as an alias (lowest id first).
 * - Only an entry's first match is linked; later matches, and matches of the page's own names,
 *   still use up their words.
 * - A name is matched within one text node, never inside links, headings, code, interactive
 *   elements, or elements with the class `no-term-links`.
 * - Only the text nodes that gain a link change; the rest of the HTML is kept as it was.
 */
import { DomUtils, parseDocument } from "htmlparser2";

import type { components } from "./api/schema";
import { escapeHtml, escapeText } from "./html-text";

/** A glossary entry as the API links it; `aliases` are matched like its title. */
export type TermLinkData = components["schemas"]["TermLinkData"] & { aliases?: readonly string[] | null };

// Python's \w and \s (str.isalnum, "_" and str.isspace), so tokens fall where the site's do.
const WORD = "\\p{L}\\p{N}_";
const SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const TOKEN = new RegExp(`([${WORD}]+)|([${SPACE}]+)|[^${WORD}${SPACE}]`, "gu");
const EDGE_SPACE = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, "gu");

const SKIP_TAGS = new Set([
  "a",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
  "kbd",
  "samp",
  "script",
  "style",
  "template",
  "button",
  "label",
  "select",
  "option",
  "textarea",
  "summary",
  "svg",
  "math",
]);
const SKIP_CLASSES = new Set(["no-term-links"]);

const OWN_ENTRY = Symbol("the page's own entry");
type Candidate = TermLinkData | typeof OWN_ENTRY;

interface Token {
  key: string;
  start: number;
  end: number;
  isWord: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  candidates: Candidate[];
}

interface Match {
  start: number;
  end: number;
  candidates: Candidate[];
}

type DomNode = ReturnType<typeof parseDocument>["children"][number];

export interface TermLinker {
  /** The HTML with the first mention of each entry not linked before linked. */
  linkHtml(html: string): string;
  /** Plain text as the site's templates print it (escaped), with the same links. */
  linkText(text: string): string;
  /** The entries linked so far, in the order they were first linked. */
  readonly linked: TermLinkData[];
}

function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase();
}

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (found) => ({
    key: found[2] !== undefined ? " " : caseFold(found[0]),
    start: found.index,
    end: found.index + found[0].length,
    isWord: found[1] !== undefined,
  }));
}

function newNode(): TrieNode {
  return { next: new Map(), candidates: [] };
}

class Matcher {
  private readonly root = newNode();

  constructor(terms: readonly TermLinkData[], ownNames: readonly string[]) {
    const byId = [...terms].sort((a, b) => a.id - b.id);
    // Added first, so a name the page shares with another entry has the page as its first candidate.
    for (const name of ownNames) this.add(name, OWN_ENTRY);
    for (const term of byId) this.add(term.title, term);
    for (const term of byId) for (const alias of term.aliases ?? []) this.add(alias, term);
  }

  private add(name: string, candidate: Candidate) {
    const keys = tokenize(name.replace(EDGE_SPACE, "")).map((token) => token.key);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (child === undefined) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.candidates.includes(candidate)) node.candidates.push(candidate);
  }

  /** The leftmost-longest whole-word matches in the text, without overlaps. */
  find(text: string): Match[] {
    const tokens = tokenize(text);
    const matches: Match[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = i === 0 || !tokens[i - 1]!.isWord ? this.longestAt(tokens, i) : null;
      if (found === null) {
        i += 1;
        continue;
      }
      matches.push({ start: tokens[i]!.start, end: tokens[found.end - 1]!.end, candidates: found.candidates });
      i = found.end;
    }
    return matches;
  }

  private longestAt(tokens: Token[], i: number): { end: number; candidates: Candidate[] } | null {
    let node: TrieNode | undefined = this.root;
    let found: { end: number; candidates: Candidate[] } | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j]!.key);
      if (node === undefined) break;
      const next = tokens[j + 1];
      if (node.candidates.length > 0 && (next === undefined || !next.isWord)) {
        found = { end: j + 1, candidates: node.candidates };
      }
    }
    return found;
  }
}

/** The markup the site gives a linked term: with its summary as a tooltip when it has one. */
function termHtml(term: TermLinkData, text: string): string {
  const link = `<a class="term-link" href="${escapeHtml(term.html_path)}"`;
  if (term.summary.replace(EDGE_SPACE, "") === "") return `${link}>${escapeText(text)}</a>`;
  const tip = `term-tip-${term.id}`;
  return (
    `<span class="term-ref">${link} aria-describedby="${tip}">${escapeText(text)}</a>` +
    `<span class="term-tip" id="${tip}" role="tooltip">${escapeText(term.summary)}</span></span>`
  );
}

function skips(node: DomNode): boolean {
  if (!DomUtils.isTag(node)) return false;
  const classes = (node.attribs.class ?? "").split(/\s+/);
  return SKIP_TAGS.has(node.name) || classes.some((name) => SKIP_CLASSES.has(name));
}

/** (start, end, text) of each text node terms may be linked in, in document order. */
function linkableTexts(nodes: DomNode[], found: { start: number; end: number; text: string }[] = []) {
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      found.push({ start: node.startIndex!, end: node.endIndex! + 1, text: node.data });
    } else if (DomUtils.hasChildren(node) && !skips(node)) {
      linkableTexts(node.children, found);
    }
  }
  return found;
}

/**
 * A linker for one page: `terms` are the entries to link (the API's `linked_terms`),
 * `ownNames` the page's own names when it is an entry (matched, never linked). Give it the
 * page's texts in the order they appear, so each entry links at its first mention.
 */
export function createTermLinker(terms: readonly TermLinkData[], ownNames: readonly string[] = []): TermLinker {
  const matcher = new Matcher(terms, ownNames);
  const linked = new Map<number, TermLinkData>();

  function linkTextNode(text: string): string | null {
    const pieces: string[] = [];
    let done = 0;
    for (const match of matcher.find(text)) {
      const term = match.candidates[0]!;
      if (term === OWN_ENTRY || linked.has(term.id)) continue;
      linked.set(term.id, term);
      pieces.push(escapeText(text.slice(done, match.start)), termHtml(term, text.slice(match.start, match.end)));
      done = match.end;
    }
    if (pieces.length === 0) return null;
    return pieces.join("") + escapeText(text.slice(done));
  }

  function linkHtml(html: string): string {
    const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
    const pieces: string[] = [];
    let done = 0;
    for (const { start, end, text } of linkableTexts(document.children)) {
      const replacement = linkTextNode(text);
      if (replacement !== null) {
        pieces.push(html.slice(done, start), replacement);
        done = end;
      }
    }
    return pieces.join("") + html.slice(done);
  }

  return {
    linkHtml,
    linkText: (text) => linkHtml(escapeHtml(text)),
    get linked() {
      return [...linked.values()];
    },
  };
}
