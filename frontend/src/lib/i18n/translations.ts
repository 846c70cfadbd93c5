import { pathOf, type Translation } from "@/lib/cms";

import { DEFAULT_LOCALE, homePath, isLocale, LANGUAGE_NAMES, LOCALES, type Locale } from "./locales";

/** A language in the switcher: where it goes, and whether it is the one the reader is in. */
export type LanguageLink = { locale: Locale; name: string; path: string; current: boolean };

/**
 * The language switcher of the page at `path`: every language, going to the page's translation
 * in it when there is one, else to that language's home page.
 */
export function languageLinks(current: Locale, path: string, translations: readonly Translation[]): LanguageLink[] {
  return LOCALES.map((locale) => {
    const translation = translations.find((candidate) => candidate.locale === locale);
    return {
      locale,
      name: LANGUAGE_NAMES[locale],
      path: locale === current ? path : (pathOf(translation?.html_url) ?? homePath(locale)),
      current: locale === current,
    };
  });
}

/**
 * The `hreflang` alternates of the page at `path` (for metadata.alternates.languages): the page in
 * every language it is live in, and x-default for the default language's; none when it is live in
 * its own language only.
 */
export function alternateLanguages(
  current: Locale,
  path: string,
  translations: readonly Translation[],
): Record<string, string> | undefined {
  const paths = new Map<Locale, string>([[current, path]]);
  for (const translation of translations) {
    const translationPath = pathOf(translation.html_url);
    if (isLocale(translation.locale) && translation.locale !== current && translationPath !== null) {
      paths.set(translation.locale, translationPath);
    }
  }
  if (paths.size < 2) {
    return undefined;
  }
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const localePath = paths.get(locale);
      return localePath === undefined ? [] : [[locale, localePath]];
    }),
  );
  const defaultPath = paths.get(DEFAULT_LOCALE);
  return defaultPath === undefined ? languages : { ...languages, "x-default": defaultPath };
}
