import type { Dictionary } from "./i18n/dictionaries";

type FilteredTerm = { title: string; aliases?: readonly string[] | null };

/** What the glossary index's "Find a term" matches in a term: its title and aliases, in lower case. */
export function filterText(term: FilteredTerm): string {
  return [term.title, ...(term.aliases ?? [])].join(" ").toLowerCase();
}

type Group<T> = { letter: string; terms: readonly T[] };

/**
 * The groups and terms left to show: those under `letter` (all when null) whose filter text
 * holds the typed text (all when it is blank), without the groups left empty.
 */
export function visibleGroups<T extends FilteredTerm>(
  groups: readonly Group<T>[],
  typed: string,
  letter: string | null,
): Group<T>[] {
  const needle = typed.trim().toLowerCase();
  return groups
    .filter((group) => letter === null || group.letter === letter)
    .map((group) => ({
      letter: group.letter,
      terms: group.terms.filter((term) => needle === "" || filterText(term).includes(needle)),
    }))
    .filter((group) => group.terms.length > 0);
}

/** The status line under "Find a term": how many terms match the typed text, or nothing. */
export function matchStatus(typed: string, matches: number, words: Dictionary): string {
  const shown = typed.trim();
  if (shown === "") {
    return "";
  }
  return words.termsMatch(matches, shown);
}
