import { revalidatePath, revalidateTag } from "next/cache";

import { pageTag } from "@/lib/cache-tags";

/**
 * Renders the page at `path` afresh at its next request, and every page that read it: a blog
 * index's listing pages with it. For the paths a publish webhook names.
 */
export function revalidatePagePath(path: string): void {
  revalidatePath(path);
  revalidateTag(pageTag(path), { expire: 0 });
}
