import Link from "next/link";

import type { TermLinkData } from "@/lib/term-links";

/** A glossary term in a list: its title as a link and its summary. `filterText`: what the glossary index's filter matches. */
export function TermItem({ term, filterText }: { term: TermLinkData; filterText?: string }) {
  return (
    <li className="term-list__item" data-filter-text={filterText || undefined}>
      <Link className="term-list__title" href={term.html_path}>
        {term.title}
      </Link>
      {term.summary ? <p className="term-list__summary">{term.summary}</p> : null}
    </li>
  );
}
