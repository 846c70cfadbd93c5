import Link from "next/link";

import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { type ArticleListing, listingPath } from "@/lib/paths";

/** Previous / next links between the pages of a listing, when it has more than one. */
export function Pagination({
  listing,
  pageCount,
  locale,
}: {
  listing: ArticleListing;
  pageCount: number;
  locale: Locale;
}) {
  if (pageCount <= 1) {
    return null;
  }
  const words = dictionary(locale);
  const { pageNumber } = listing;
  return (
    <nav className="pagination" aria-label={words.pagination}>
      {pageNumber > 1 ? (
        <Link className="pagination__link" rel="prev" href={listingPath({ ...listing, pageNumber: pageNumber - 1 })}>
          {words.previousPage}
        </Link>
      ) : null}
      <span className="pagination__status">{words.pageOf(pageNumber, pageCount)}</span>
      {pageNumber < pageCount ? (
        <Link className="pagination__link" rel="next" href={listingPath({ ...listing, pageNumber: pageNumber + 1 })}>
          {words.nextPage}
        </Link>
      ) : null}
    </nav>
  );
}
