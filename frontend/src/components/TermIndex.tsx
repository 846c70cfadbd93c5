"use client";

import { type FormEvent, useState } from "react";

import { TermItem } from "@/components/TermList";
import type { TermLink } from "@/lib/cms";
import { filterText, matchStatus, visibleGroups } from "@/lib/term-filter";

type TermGroup = { letter: string; terms: TermLink[] };

/**
 * The glossary's terms A-Z with "Find a term" and the letter navigation. The page is static,
 * so both filter here, in the reader's browser; without JavaScript the letters are anchors.
 */
export function TermIndex({ groups }: { groups: readonly TermGroup[] }) {
  const [typed, setTyped] = useState("");
  const [letter, setLetter] = useState<string | null>(null);
  const shown = visibleGroups(groups, typed, letter);
  const shownLetters = new Set(shown.map((group) => group.letter));
  const shownTerms = new Set(shown.flatMap((group) => group.terms.map((term) => term.id)));
  const matches = shownTerms.size;

  return (
    <>
      <form className="term-filter" role="search" onSubmit={(event: FormEvent) => event.preventDefault()}>
        <label className="term-filter__label" htmlFor="term-filter">
          Find a term
        </label>
        <input
          className="term-filter__input"
          id="term-filter"
          type="search"
          name="q"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          maxLength={100}
          aria-controls="term-groups"
        />
        <button className="search-form__button" type="submit">
          Find
        </button>
      </form>
      <p className="filter-status" role="status">
        {matchStatus(typed, matches)}
      </p>

      {groups.length > 0 ? (
        <nav className="letter-nav" aria-label="Terms by letter">
          <ul>
            {groups.map((group) => (
              <li key={group.letter}>
                <a
                  className="letter-nav__link"
                  href={`#letter-${group.letter}`}
                  aria-current={group.letter === letter ? "page" : undefined}
                  onClick={() => setLetter(group.letter)}
                >
                  {group.letter}
                </a>
              </li>
            ))}
            {letter !== null ? (
              <li>
                <a className="letter-nav__all" href="#term-groups" onClick={() => setLetter(null)}>
                  Show all
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      <div id="term-groups">
        {groups.map((group) => (
          <section
            className="term-group"
            aria-labelledby={`letter-${group.letter}`}
            key={group.letter}
            hidden={!shownLetters.has(group.letter)}
          >
            <h2 className="term-group__letter" id={`letter-${group.letter}`}>
              {group.letter}
            </h2>
            <ul className="term-list">
              {group.terms.map((term) => (
                <TermItem key={term.id} term={term} filterText={filterText(term.title)} hidden={!shownTerms.has(term.id)} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 ? <p className="empty-state">No terms have been published yet.</p> : null}
      </div>
    </>
  );
}
