"use client";

import "../styles/site/glossary.css";
import "../styles/site/site.css";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { SiteChrome } from "@/components/SiteChrome";
import { dictionary } from "@/lib/i18n/dictionaries";
import { homePath, localeOfPath } from "@/lib/i18n/locales";

/** The page when the CMS cannot serve one: the site's "Briefly unavailable" page, in the language of the path. */
export default function GlobalError() {
  const locale = localeOfPath(usePathname());
  const words = dictionary(locale);
  return (
    <html lang={locale}>
      <body id="top">
        <SiteChrome locale={locale}>
          <div className="error-page">
            <h1>{words.unavailableTitle}</h1>
            <p className="lead">{words.unavailableLead}</p>
            <ul className="error-page__links">
              <li>
                <Link href={homePath(locale)}>{words.goHome}</Link>
              </li>
            </ul>
          </div>
        </SiteChrome>
      </body>
    </html>
  );
}
