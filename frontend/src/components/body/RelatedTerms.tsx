import type { TermLinkData } from "@/lib/term-links";

import { TermItem } from "./TermItem";

/** A list of glossary terms with their summaries, under a heading. */
export function RelatedTerms({
  terms,
  heading,
  headingId = "related-terms-heading",
}: {
  terms: readonly TermLinkData[];
  heading: string;
  headingId?: string;
}) {
  if (terms.length === 0) return null;
  return (
    <section className="related-terms" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="term-list">
        {terms.map((term) => (
          <TermItem key={term.id} term={term} />
        ))}
      </ul>
    </section>
  );
}
