import { DateTime } from "@/components/DateTime";

/** Publication date, authors and reading time. */
export function PageMeta({
  published,
  authors = [],
  readingTime,
}: {
  published: string | null | undefined;
  authors?: readonly { name: string }[];
  readingTime: number | null | undefined;
}) {
  return (
    <p className="page-meta">
      {published ? <DateTime className="page-meta__item" value={published} /> : null}
      {authors.length > 0 ? (
        <span className="page-meta__item">By {authors.map((author) => author.name).join(", ")}</span>
      ) : null}
      {readingTime ? <span className="page-meta__item">Read {readingTime} min</span> : null}
    </p>
  );
}
