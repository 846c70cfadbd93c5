import Link from "next/link";

import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { listingPath } from "@/lib/paths";

/** Tags as links to the blog index's listing of their articles. */
export function TagList({
  tags,
  indexPath,
  locale,
}: {
  tags: readonly { name: string; slug: string }[];
  indexPath: string | null;
  locale: Locale;
}) {
  if (tags.length === 0 || indexPath === null) {
    return null;
  }
  return (
    <ul className="tag-list" aria-label={dictionary(locale).tags}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link className="tag" href={listingPath({ indexPath, pageNumber: 1, tag: tag.name })} rel="tag">
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
