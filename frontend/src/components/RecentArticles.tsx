import Link from "next/link";

import { DateTime } from "@/components/DateTime";
import type { ArticleLink } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

/** The newest articles beside an entry or an article, and the way to the blog. */
export function RecentArticles({
  articles,
  blogPath,
  locale,
}: {
  articles: readonly ArticleLink[];
  blogPath: string | null;
  locale: Locale;
}) {
  const words = dictionary(locale);
  return (
    <section className="recent-articles" aria-labelledby="recent-articles-heading">
      <h2 id="recent-articles-heading">{words.recentArticles}</h2>
      {articles.length > 0 ? (
        <ul className="recent-articles__list">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={article.html_path}>{article.title}</Link> <DateTime value={article.date} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{words.noArticles}</p>
      )}
      {blogPath ? (
        <p>
          <Link className="button-link" href={blogPath}>
            {words.visitBlog}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
