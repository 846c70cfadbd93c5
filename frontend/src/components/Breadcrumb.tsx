import Link from "next/link";

import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

type Crumb = { id: number; title: string; html_path: string };

/** The page's ancestors from the home page down, then the page itself. */
export function Breadcrumb({ ancestors, title, locale }: { ancestors: readonly Crumb[]; title: string; locale: Locale }) {
  const words = dictionary(locale);
  return (
    <nav className="breadcrumb" aria-label={words.breadcrumbNav}>
      <ol>
        {ancestors.map((ancestor, index) => (
          <li key={ancestor.id}>
            <Link href={ancestor.html_path}>{index === 0 ? words.home : ancestor.title}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{title}</span>
        </li>
      </ol>
    </nav>
  );
}
