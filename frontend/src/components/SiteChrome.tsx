import Link from "next/link";
import type { ReactNode } from "react";

import { dictionary } from "@/lib/i18n/dictionaries";
import { homePath, type Locale } from "@/lib/i18n/locales";
import { SITE_NAME } from "@/lib/site";

/** The skip link, the site header, the main landmark and the footer around every page. */
export function SiteChrome({
  locale,
  nav,
  languages,
  children,
}: {
  locale: Locale;
  nav?: ReactNode;
  languages?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {dictionary(locale).skipToMain}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__name" href={homePath(locale)}>
            {SITE_NAME}
          </Link>
          {nav}
          {languages}
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>
            &copy; {new Date().getFullYear()} {SITE_NAME}
          </p>
        </div>
      </footer>
    </>
  );
}
