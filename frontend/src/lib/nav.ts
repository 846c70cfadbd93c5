import { parseListingPath } from "@/lib/paths";

/**
 * The aria-current of a section's menu link: "page" on the section's own page (a blog index's
 * listing pages included), "true" below it.
 */
export function currentState(pathname: string, sectionPath: string): "page" | "true" | undefined {
  if (pathname === sectionPath || parseListingPath(pathname)?.indexPath === sectionPath) {
    return "page";
  }
  return pathname.startsWith(sectionPath) ? "true" : undefined;
}
