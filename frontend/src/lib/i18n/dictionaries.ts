import type { Locale } from "./locales";

/** The front-end's own words (not the editors'), in one language. */
export type Dictionary = {
  /** The BCP 47 tag dates are written in. */
  dateLocale: string;
  skipToMain: string;
  mainNav: string;
  languageNav: string;
  breadcrumbNav: string;
  home: string;
  notFoundTitle: string;
  notFoundLead: string;
  goHome: string;
  unavailableTitle: string;
  unavailableLead: string;
  browseGlossary: string;
  readBlog: string;
  featuredTerms: string;
  newestArticles: string;
  allArticles: string;
  recentArticles: string;
  visitBlog: string;
  noArticles: string;
  relatedTerms: string;
  relatedGlossaryTerms: string;
  backToTop: string;
  onThisPage: string;
  alsoKnownAs: string;
  lastReviewed: string;
  authors: string;
  byAuthors: (names: string) => string;
  readingTime: (minutes: number) => string;
  tags: string;
  articlesTagged: (tag: string) => string;
  showAllArticles: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: (pageNumber: number, pageCount: number) => string;
  findTerm: string;
  find: string;
  termsByLetter: string;
  showAllTerms: string;
  noTerms: string;
  termsMatch: (count: number, typed: string) => string;
  whatIs: (term: string) => string;
  definition: string;
  preview: string;
  previewBanner: string;
  exitPreview: string;
  previewUnavailable: string;
};

const en: Dictionary = {
  dateLocale: "en-US",
  skipToMain: "Skip to main content",
  mainNav: "Main",
  languageNav: "Language",
  breadcrumbNav: "Breadcrumb",
  home: "Home",
  notFoundTitle: "Page not found",
  notFoundLead: "Sorry, we could not find that page. It may have moved, or the address may be mistyped.",
  goHome: "Go to the home page",
  unavailableTitle: "Briefly unavailable",
  unavailableLead: "Sorry, the site cannot show this page right now. Please try again in a minute.",
  browseGlossary: "Browse the glossary",
  readBlog: "Read the blog",
  featuredTerms: "Featured terms",
  newestArticles: "Newest articles",
  allArticles: "All articles",
  recentArticles: "Recent Articles",
  visitBlog: "Visit Blog",
  noArticles: "No articles have been published yet.",
  relatedTerms: "Related terms",
  relatedGlossaryTerms: "Related glossary terms",
  backToTop: "Back to top",
  onThisPage: "On this page",
  alsoKnownAs: "Also known as:",
  lastReviewed: "Last reviewed",
  authors: "Authors",
  byAuthors: (names) => `By ${names}`,
  readingTime: (minutes) => `Read ${minutes} min`,
  tags: "Tags",
  articlesTagged: (tag) => `Articles tagged “${tag}”`,
  showAllArticles: "Show all articles",
  pagination: "Pagination",
  previousPage: "Previous",
  nextPage: "Next",
  pageOf: (pageNumber, pageCount) => `Page ${pageNumber} of ${pageCount}`,
  findTerm: "Find a term",
  find: "Find",
  termsByLetter: "Terms by letter",
  showAllTerms: "Show all",
  noTerms: "No terms have been published yet.",
  termsMatch: (count, typed) => `${count} ${count === 1 ? "term matches" : "terms match"} “${typed}”`,
  whatIs: (term) => `What is ${term}?`,
  definition: "Definition",
  preview: "Preview",
  previewBanner: "Preview of an unpublished draft",
  exitPreview: "Exit preview",
  previewUnavailable: "Preview unavailable",
};

const de: Dictionary = {
  dateLocale: "de-DE",
  skipToMain: "Zum Hauptinhalt springen",
  mainNav: "Hauptmenü",
  languageNav: "Sprache",
  breadcrumbNav: "Navigationspfad",
  home: "Startseite",
  notFoundTitle: "Seite nicht gefunden",
  notFoundLead:
    "Diese Seite haben wir leider nicht gefunden. Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler.",
  goHome: "Zur Startseite",
  unavailableTitle: "Kurz nicht erreichbar",
  unavailableLead: "Diese Seite kann gerade leider nicht angezeigt werden. Bitte versuchen Sie es in einer Minute noch einmal.",
  browseGlossary: "Im Glossar stöbern",
  readBlog: "Zum Blog",
  featuredTerms: "Ausgewählte Begriffe",
  newestArticles: "Neueste Artikel",
  allArticles: "Alle Artikel",
  recentArticles: "Aktuelle Artikel",
  visitBlog: "Blog besuchen",
  noArticles: "Es wurden noch keine Artikel veröffentlicht.",
  relatedTerms: "Verwandte Begriffe",
  relatedGlossaryTerms: "Verwandte Glossarbegriffe",
  backToTop: "Nach oben",
  onThisPage: "Auf dieser Seite",
  alsoKnownAs: "Auch bekannt als:",
  lastReviewed: "Zuletzt geprüft am",
  authors: "Autoren",
  byAuthors: (names) => `Von ${names}`,
  readingTime: (minutes) => `Lesezeit ${minutes} Min.`,
  tags: "Schlagwörter",
  articlesTagged: (tag) => `Artikel mit dem Schlagwort „${tag}“`,
  showAllArticles: "Alle Artikel anzeigen",
  pagination: "Seitennavigation",
  previousPage: "Zurück",
  nextPage: "Weiter",
  pageOf: (pageNumber, pageCount) => `Seite ${pageNumber} von ${pageCount}`,
  findTerm: "Begriff suchen",
  find: "Suchen",
  termsByLetter: "Begriffe nach Anfangsbuchstaben",
  showAllTerms: "Alle anzeigen",
  noTerms: "Es wurden noch keine Begriffe veröffentlicht.",
  termsMatch: (count, typed) => `${count} ${count === 1 ? "Begriff passt" : "Begriffe passen"} zu „${typed}“`,
  whatIs: (term) => `Was ist ${term}?`,
  definition: "Definition",
  preview: "Vorschau",
  previewBanner: "Vorschau eines unveröffentlichten Entwurfs",
  exitPreview: "Vorschau beenden",
  previewUnavailable: "Vorschau nicht verfügbar",
};

export const DICTIONARIES: Record<Locale, Dictionary> = { en, de };

export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
