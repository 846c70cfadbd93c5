import Link from "next/link";

import { listingPath } from "@/lib/paths";

/** Tags as links to the blog index's listing of their articles. */
export function TagList({ tags, indexPath }: { tags: readonly { name: string; slug: string }[]; indexPath: string | null }) {
  if (tags.length === 0 || indexPath === null) {
    return null;
  }
  return (
    <ul className="tag-list" aria-label="Tags">
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
