import { tableOfContents, type BodyBlock } from "@/lib/headings";
import type { Dictionary } from "@/lib/i18n/dictionaries";

/** Links to the sections of a long entry or article, by the ids `StreamBody` gives their headings. */
export function TableOfContents({
  blocks,
  pageTitle,
  words,
}: {
  blocks: readonly BodyBlock[];
  pageTitle: string;
  words: Dictionary;
}) {
  const sections = tableOfContents(blocks, pageTitle, words);
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 className="toc__heading" id="toc-heading">
        {words.onThisPage}
      </h2>
      <ol className="toc__list">
        {sections.map((section, index) => (
          <li key={index}>
            <a href={`#${section.anchor}`}>{section.heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
