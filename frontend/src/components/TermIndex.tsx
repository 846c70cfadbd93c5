"use client";

import { type FormEvent, useState } from "react";

import { TermItem } from "@/components/body/TermItem";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import type { TermLinkData } from "@/lib/term-links";
import { filterText, matchStatus, visibleGroups } from "@/lib/term-filter";

type TermGroup = { letter: string; terms: readonly TermLinkData[] };

/**
 * The glossary's terms A-Z with "Find a term" and the letter navigation. The page is static,
 * so both filter here, in the reader's browser; without JavaScript the letters are anchors.
 */
export function TermIndex({ groups, locale }: { groups: readonly TermGroup[]; locale: Locale }) {
  const words = dictionary(locale);
  const [typed, setTyped] = useState("");
  const [letter, setLetter] = useState<string | null>(null);
  const shown = visibleGroups(groups, typed, letter);
  const matches = shown.reduce((count, group) => count + group.terms.length, 0);

  return (
    <>
      <form className="term-filter" role="search" method="get" onSubmit={(event: FormEvent) => event.preventDefault()}>
        <label className="term-filter__label" htmlFor="term-filter">
          {words.findTerm}
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
          {words.find}
        </button>
      </form>
      <p className="filter-status" role="status">
        {matchStatus(typed, matches, words)}
      </p>

      {groups.length > 0 ? (
        <nav className="letter-nav" aria-label={words.termsByLetter}>
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
                  {words.showAllTerms}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      <div id="term-groups">
        {shown.map((group) => (
          <section className="term-group" aria-labelledby={`letter-${group.letter}`} key={group.letter}>
            <h2 className="term-group__letter" id={`letter-${group.letter}`}>
              {group.letter}
            </h2>
            <ul className="term-list">
              {group.terms.map((term) => (
                <TermItem key={term.id} term={term} filterText={filterText(term)} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 ? <p className="empty-state">{words.noTerms}</p> : null}
      </div>
    </>
  );
}
