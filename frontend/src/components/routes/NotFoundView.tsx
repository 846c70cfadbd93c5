import Link from "next/link";

import { LocaleChrome } from "@/components/LocaleChrome";
import { sectionPath, unlessBuildingWithoutCms } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import { homePath, type Locale } from "@/lib/i18n/locales";
import { languageLinks } from "@/lib/i18n/translations";

/** A locale's 404 page, its switcher going to each language's home page. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const words = dictionary(locale);
  const glossaryPath = await unlessBuildingWithoutCms(() => sectionPath("glossary.GlossaryIndexPage", locale), null);
  return (
    <LocaleChrome locale={locale} languages={languageLinks(locale, homePath(locale), [])}>
      <div className="error-page">
        <h1>{words.notFoundTitle}</h1>
        <p className="lead">{words.notFoundLead}</p>
        <ul className="error-page__links">
          <li>
            <Link href={homePath(locale)}>{words.goHome}</Link>
          </li>
          {glossaryPath ? (
            <li>
              <Link href={glossaryPath}>{words.browseGlossary}</Link>
            </li>
          ) : null}
        </ul>
      </div>
    </LocaleChrome>
  );
}
