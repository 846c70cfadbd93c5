import Link from "next/link";

import { DateTime } from "@/components/DateTime";
import type { ArticleLink } from "@/lib/cms";

/** The newest articles beside an entry or an article, and the way to the blog. */
export function RecentArticles({ articles, blogPath }: { articles: readonly ArticleLink[]; blogPath: string | null }) {
  return (
    <section className="recent-articles" aria-labelledby="recent-articles-heading">
      <h2 id="recent-articles-heading">Recent Articles</h2>
      {articles.length > 0 ? (
        <ul className="recent-articles__list">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={article.html_path}>{article.title}</Link> <DateTime value={article.date} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No articles have been published yet.</p>
      )}
      {blogPath ? (
        <p>
          <Link className="button-link" href={blogPath}>
            Visit Blog
          </Link>
        </p>
      ) : null}
    </section>
  );
}
