"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import type { MenuItem } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { currentState } from "@/lib/nav";

export function MainNav({ items, locale }: { items: readonly MenuItem[]; locale: Locale }) {
  const pathname = usePathname();
  if (items.length === 0) {
    return null;
  }
  return (
    <nav className="main-nav" aria-label={dictionary(locale).mainNav}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <Link href={item.path} aria-current={currentState(pathname, item.path)}>
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
