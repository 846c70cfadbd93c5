/** The route that renders every page of the CMS, and the blog's listings below their index. */
export const CATCH_ALL_ROUTE = "/[[...path]]";

// Events of these page types change a blog index's listings (/blog/page/2/, /blog/tags/<tag>/),
// whose paths no payload names: the CMS lists an index's articles on the index's own path.
const LISTED_PAGE_TYPES = new Set(["blog.BlogIndexPage", "blog.BlogPage"]);

export type Revalidation = { paths: string[]; everyPage: boolean };

/**
 * What to render again for a webhook: each path it names, once; and, after an event of an
 * article or a blog index, every page of the catch-all route, the blog's listings among them.
 */
export function revalidationFor(paths: string[], pageType: string | null): Revalidation {
  return { paths: [...new Set(paths)], everyPage: pageType !== null && LISTED_PAGE_TYPES.has(pageType) };
}
