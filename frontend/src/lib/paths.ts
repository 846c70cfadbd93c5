function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The page path a route's catch-all segments name: "/" or "/a/b/", as the CMS spells html_path.
 * The route gets the segments percent-encoded as in the URL; the CMS's paths are not.
 */
export function pathFromSegments(segments: readonly string[] | undefined): string {
  return segments && segments.length > 0 ? `/${segments.map(decodeSegment).join("/")}/` : "/";
}

/** A page of a blog index's articles: /blog/page/2/, /blog/tags/<tag>/, /blog/tags/<tag>/page/2/. */
export type ArticleListing = { indexPath: string; pageNumber: number; tag: string | null };

export const FIRST_LISTING: Omit<ArticleListing, "indexPath"> = { pageNumber: 1, tag: null };

const PAGE_NUMBER = /^[1-9][0-9]*$/;

/**
 * The listing a path names below its blog index, or null when it names none. Page 1 has no
 * /page/1/ of its own (its address is the index's, or the tag's), so that path names none.
 */
export function parseListingPath(path: string): ArticleListing | null {
  const segments = path.split("/").filter((segment) => segment !== "");
  let pageNumber = 1;
  const last = segments.at(-1);
  if (segments.at(-2) === "page" && last !== undefined && PAGE_NUMBER.test(last)) {
    pageNumber = Number(last);
    if (pageNumber === 1 || !Number.isSafeInteger(pageNumber)) {
      return null;
    }
    segments.splice(-2);
  }
  let tag: string | null = null;
  const tagSegment = segments.at(-1);
  if (segments.at(-2) === "tags" && tagSegment !== undefined) {
    tag = tagSegment;
    segments.splice(-2);
  }
  if (pageNumber === 1 && tag === null) {
    return null;
  }
  return { indexPath: pathFromSegments(segments), pageNumber, tag };
}

/** The address of a listing page: the inverse of parseListingPath. */
export function listingPath({ indexPath, pageNumber, tag }: ArticleListing): string {
  const tagPart = tag === null ? "" : `tags/${encodeURIComponent(tag)}/`;
  const pagePart = pageNumber === 1 ? "" : `page/${pageNumber}/`;
  return `${indexPath}${tagPart}${pagePart}`;
}
