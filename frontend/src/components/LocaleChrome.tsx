import type { ReactNode } from "react";

import { LanguageSwitcher } from "@/components/LanguageSwitcher";
import { MainNav } from "@/components/MainNav";
import { SiteChrome } from "@/components/SiteChrome";
import { menuItems, unlessBuildingWithoutCms } from "@/lib/cms";
import type { Locale } from "@/lib/i18n/locales";
import type { LanguageLink } from "@/lib/i18n/translations";

/** The site's chrome in `locale`: its menu of that language's sections and the language switcher. */
export async function LocaleChrome({
  locale,
  languages,
  children,
}: {
  locale: Locale;
  languages: readonly LanguageLink[];
  children: ReactNode;
}) {
  const items = await unlessBuildingWithoutCms(() => menuItems(locale), []);
  return (
    <SiteChrome
      locale={locale}
      nav={<MainNav items={items} locale={locale} />}
      languages={<LanguageSwitcher locale={locale} links={languages} />}
    >
      {children}
    </SiteChrome>
  );
}
