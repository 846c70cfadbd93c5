import { pathFromSegments } from "@/lib/paths";

/** The site's languages, in the CMS's LANGUAGES order; the first is the default, served unprefixed. */
export const LOCALES = ["en", "de"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as the switcher shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** The locale of a page as the API names it (`meta.locale`), the default one when it names none this site serves. */
export function localeOf(code: string | null | undefined): Locale {
  return isLocale(code) ? code : DEFAULT_LOCALE;
}

/** Where a locale's pages live: "/" for the default locale, "/de/" for German. */
export function homePath(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "/" : `/${locale}/`;
}

/** The page path a locale's catch-all route segments name, as the CMS spells html_path: "/de/glossary/api/". */
export function localePath(locale: Locale, segments: readonly string[] | undefined): string {
  return `${homePath(locale)}${pathFromSegments(segments).slice(1)}`;
}

/** The locale whose pages a path belongs to: "/de/..." is German, every other path English. */
export function localeOfPath(path: string): Locale {
  const first = path.split("/")[1];
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}

/** Where an editor's draft shows, in the locale of its page. */
export function previewPath(locale: Locale): string {
  return `${homePath(locale)}preview/`;
}
