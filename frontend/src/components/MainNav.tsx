"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import type { MenuItem } from "@/lib/cms";
import { currentState } from "@/lib/nav";

export function MainNav({ items }: { items: readonly MenuItem[] }) {
  const pathname = usePathname();
  if (items.length === 0) {
    return null;
  }
  return (
    <nav className="main-nav" aria-label="Main">
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
