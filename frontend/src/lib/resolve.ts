import { type DetailPage, findPage, isPageOfType } from "@/lib/cms";
import { type ArticleListing, parseListingPath } from "@/lib/paths";

type Resolved = { page: DetailPage; listing?: ArticleListing };

/**
 * The page a path names: a page of the CMS, or a page of a blog index's articles
 * (/blog/page/2/, /blog/tags/<tag>/); null when there is none.
 */
export async function resolvePath(path: string): Promise<Resolved | null> {
  const page = await findPage(path);
  if (page !== null) {
    return { page };
  }
  const listing = parseListingPath(path);
  if (listing === null) {
    return null;
  }
  const index = await findPage(listing.indexPath);
  return index !== null && isPageOfType(index, "blog.BlogIndexPage") ? { page: index, listing } : null;
}
