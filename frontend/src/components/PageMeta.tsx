import { DateTime } from "@/components/DateTime";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

/** Publication date, authors and reading time. */
export function PageMeta({
  locale,
  published,
  authors = [],
  readingTime,
}: {
  locale: Locale;
  published: string | null | undefined;
  authors?: readonly { name: string }[];
  readingTime: number | null | undefined;
}) {
  const words = dictionary(locale);
  return (
    <p className="page-meta">
      {published ? <DateTime className="page-meta__item" value={published} locale={locale} /> : null}
      {authors.length > 0 ? (
        <span className="page-meta__item">{words.byAuthors(authors.map((author) => author.name).join(", "))}</span>
      ) : null}
      {readingTime ? <span className="page-meta__item">{words.readingTime(readingTime)}</span> : null}
    </p>
  );
}
