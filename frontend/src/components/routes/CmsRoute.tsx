import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LocaleChrome } from "@/components/LocaleChrome";
import { PageView } from "@/components/PageView";
import { translationsOf } from "@/lib/cms";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { languageLinks } from "@/lib/i18n/translations";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { resolvePath } from "@/lib/resolve";

type Segments = string[] | undefined;

async function resolved(locale: Locale, segments: Segments) {
  const path = localePath(locale, segments);
  return { path, found: await resolvePath(path) };
}

/** The metadata of the CMS page a locale's catch-all route names. */
export async function cmsRouteMetadata(locale: Locale, segments: Segments): Promise<Metadata> {
  const { path, found } = await resolved(locale, segments);
  return found === null ? notFoundMetadata(locale) : pageMetadata(found.page, path, found.listing);
}

/** The CMS page a locale's catch-all route names, in its chrome, or the locale's 404 page. */
export async function CmsRoute({ locale, segments }: { locale: Locale; segments: Segments }) {
  const { path, found } = await resolved(locale, segments);
  if (found === null) {
    notFound();
  }
  return (
    <LocaleChrome locale={locale} languages={languageLinks(locale, path, translationsOf(found.page))}>
      <PageView page={found.page} listing={found.listing} locale={locale} />
    </LocaleChrome>
  );
}
