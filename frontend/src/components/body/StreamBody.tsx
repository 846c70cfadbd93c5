import { DEFINITION_ANCHOR, definitionHeading, slugify, type BodyBlock } from "@/lib/headings";
import { linebreaks } from "@/lib/html-text";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { createTermLinker, type TermLinkData, type TermLinker } from "@/lib/term-links";

import { Callout, Code, Figure, ItemListSection, Quote, TextSection } from "./blocks";
import { TermTips } from "./TermTips";

/** One block with its term links; called for the blocks in order, so each entry links at its first mention. */
function renderBlock(block: BodyBlock, pageTitle: string, words: Dictionary, linker: TermLinker) {
  switch (block.type) {
    case "definition":
      return (
        <TextSection
          key={block.id}
          className="block-definition"
          anchor={DEFINITION_ANCHOR}
          heading={definitionHeading(block.value.heading, pageTitle, words)}
          html={linker.linkHtml(block.value.text)}
        />
      );
    case "section":
    case "conclusion":
      return (
        <TextSection
          key={block.id}
          className={`block-${block.type}`}
          anchor={slugify(block.value.heading)}
          heading={block.value.heading}
          html={linker.linkHtml(block.value.text)}
        />
      );
    case "advantages":
      return (
        <ItemListSection
          key={block.id}
          className="block-advantages"
          anchor={slugify(block.value.heading)}
          heading={block.value.heading}
          items={block.value.items.map((item) => ({ name: item.title, html: linker.linkHtml(item.text) }))}
        />
      );
    case "applications":
      return (
        <ItemListSection
          key={block.id}
          className="block-applications"
          anchor={slugify(block.value.heading)}
          heading={block.value.heading}
          items={block.value.items.map((item) => ({ name: item.domain, html: linker.linkHtml(item.text) }))}
        />
      );
    case "callout":
      return (
        <Callout
          key={block.id}
          tone={block.value.tone}
          title={block.value.title}
          html={linker.linkHtml(block.value.text)}
        />
      );
    case "quote":
      return (
        <Quote
          key={block.id}
          quoteHtml={linker.linkHtml(linebreaks(block.value.quote))}
          attributionHtml={block.value.attribution ? linker.linkText(block.value.attribution) : ""}
        />
      );
    case "image":
      return block.value.image ? (
        <Figure
          key={block.id}
          image={block.value.image}
          altText={block.value.alt_text}
          captionHtml={block.value.caption ? linker.linkText(block.value.caption) : ""}
        />
      ) : null;
    case "code":
      return <Code key={block.id} language={block.value.language} code={block.value.code} />;
    default:
      // A block type added to the schema fails the type check here until it has a renderer.
      block satisfies never;
      return null;
  }
}

/**
 * A page's body as the site renders it, with the first mention of each of `linkedTerms` linked
 * (tooltips included). `entryNames`: when the page is a glossary entry, its title and aliases,
 * which are never linked and keep a shorter name inside them from being linked. `words`: the
 * front-end's own words in the page's language.
 */
export function StreamBody({
  blocks,
  pageTitle,
  words,
  linkedTerms,
  entryNames = [],
}: {
  blocks: readonly BodyBlock[];
  pageTitle: string;
  words: Dictionary;
  linkedTerms: readonly TermLinkData[];
  entryNames?: readonly string[];
}) {
  const linker = createTermLinker(linkedTerms, entryNames);
  const rendered = blocks.map((block) => renderBlock(block, pageTitle, words, linker));
  return (
    <>
      {rendered}
      {linker.linked.length > 0 ? <TermTips /> : null}
    </>
  );
}
