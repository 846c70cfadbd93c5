import Link from "next/link";

import type { TermLink } from "@/lib/cms";

/** A glossary term in a list: its title as a link and its summary. */
export function TermItem({ term, filterText, hidden }: { term: TermLink; filterText?: string; hidden?: boolean }) {
  return (
    <li className="term-list__item" data-filter-text={filterText} hidden={hidden}>
      <Link className="term-list__title" href={term.html_path}>
        {term.title}
      </Link>
      {term.summary ? <p className="term-list__summary">{term.summary}</p> : null}
    </li>
  );
}

/** Glossary terms with their summaries under a heading, as the home page features them. */
export function TermListSection({
  terms,
  heading,
  headingId,
}: {
  terms: readonly TermLink[];
  heading: string;
  headingId: string;
}) {
  if (terms.length === 0) {
    return null;
  }
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
