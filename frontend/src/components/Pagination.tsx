import Link from "next/link";

import { type ArticleListing, listingPath } from "@/lib/paths";

/** Previous / next links between the pages of a listing, when it has more than one. */
export function Pagination({ listing, pageCount }: { listing: ArticleListing; pageCount: number }) {
  if (pageCount <= 1) {
    return null;
  }
  const { pageNumber } = listing;
  return (
    <nav className="pagination" aria-label="Pagination">
      {pageNumber > 1 ? (
        <Link className="pagination__link" rel="prev" href={listingPath({ ...listing, pageNumber: pageNumber - 1 })}>
          Previous
        </Link>
      ) : null}
      <span className="pagination__status">
        Page {pageNumber} of {pageCount}
      </span>
      {pageNumber < pageCount ? (
        <Link className="pagination__link" rel="next" href={listingPath({ ...listing, pageNumber: pageNumber + 1 })}>
          Next
        </Link>
      ) : null}
    </nav>
  );
}
