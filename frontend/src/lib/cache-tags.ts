/**
 * The tag of every cached read that renders the page at `path`, wherever it is rendered: its
 * own lookup and, for a blog index, the listings and articles of its pages (/blog/page/2/,
 * /blog/tags/<tag>/), which the CMS does not know as paths.
 */
export function pageTag(path: string): string {
  return `page:${path}`;
}
