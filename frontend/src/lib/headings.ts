/**
 * The headings of a page body and their anchors, as the site computes them
 * (cms/pages/blocks.py, glossary/blocks.py): the table of contents links to the same ids
 * the body gives its headings.
 */
import type { components } from "./api/schema";
import type { Dictionary } from "./i18n/dictionaries";

/** A block of an entry's or an article's body (an article uses the shared blocks only). */
export type BodyBlock = components["schemas"]["GlossaryPageSchema"]["body"][number];

export interface Section {
  anchor: string;
  heading: string;
}

/** The definition's heading always has this id, whatever its text. */
export const DEFINITION_ANCHOR = "definition";

/** Entries and articles with fewer sections read well without a table of contents. */
export const TABLE_OF_CONTENTS_MIN_SECTIONS = 4;

const ASCII_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f ";

/** Django's `slugify`: ASCII letters, digits, "_" and "-", lower case, words joined by "-". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .toLowerCase()
    .replace(new RegExp(`[^\\w${ASCII_SPACE}-]`, "g"), "")
    .replace(new RegExp(`[-${ASCII_SPACE}]+`, "g"), "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}

/** The editor's heading, else "What is <title>?", else "Definition", in the dictionary's language. */
export function definitionHeading(heading: string, pageTitle: string, words: Dictionary): string {
  return heading || (pageTitle ? words.whatIs(pageTitle) : words.definition);
}

/** The heading a block starts its section with and the id it gives it (`""`: none), or null for blocks without one. */
function sectionOf(block: BodyBlock, pageTitle: string, words: Dictionary): Section | null {
  switch (block.type) {
    case "definition":
      return { anchor: DEFINITION_ANCHOR, heading: definitionHeading(block.value.heading, pageTitle, words) };
    case "section":
    case "conclusion":
    case "advantages":
    case "applications":
      return { anchor: slugify(block.value.heading), heading: block.value.heading };
    default:
      return null;
  }
}

/** The sections of the body a reader can jump to, in order; a heading of punctuation only has no anchor and is left out. */
export function contentsOf(blocks: readonly BodyBlock[], pageTitle: string, words: Dictionary): Section[] {
  return blocks.flatMap((block) => {
    const section = sectionOf(block, pageTitle, words);
    return section?.anchor ? [section] : [];
  });
}

/** The table of contents of a long entry or article: its sections, or none when it has few. */
export function tableOfContents(blocks: readonly BodyBlock[], pageTitle: string, words: Dictionary): Section[] {
  const sections = contentsOf(blocks, pageTitle, words);
  return sections.length >= TABLE_OF_CONTENTS_MIN_SECTIONS ? sections : [];
}
