import "../styles/site/glossary.css";
import "../styles/site/site.css";

import type { ReactNode } from "react";

import type { Locale } from "@/lib/i18n/locales";

/** The document of a locale's root layout: `<html lang>` in the locale's language. */
export function LocaleDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body id="top">{children}</body>
    </html>
  );
}
