import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import type { LanguageLink } from "@/lib/i18n/translations";

/** The languages of the site, each going to this page in it (else to its home page), as the CMS's header has them. */
export function LanguageSwitcher({ locale, links }: { locale: Locale; links: readonly LanguageLink[] }) {
  return (
    <nav className="language-switcher" aria-label={dictionary(locale).languageNav}>
      <ul>
        {links.map((link) => (
          <li key={link.locale}>
            {link.current ? (
              <span className="language-switcher__current" lang={link.locale} aria-current="true">
                {link.name}
              </span>
            ) : (
              // A plain link: the other language has its own root layout, so the browser loads it afresh.
              <a href={link.path} hrefLang={link.locale} lang={link.locale}>
                {link.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
