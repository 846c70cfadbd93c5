import Link from "next/link";

import { DateTime } from "@/components/DateTime";
import { SectionHeader } from "@/components/SectionHeader";
import { RelatedTerms } from "@/components/body/RelatedTerms";
import { type HomePage, sectionPath } from "@/lib/cms";

export async function HomeView({ page }: { page: HomePage }) {
  const [glossaryPath, blogPath] = await Promise.all([
    sectionPath("glossary.GlossaryIndexPage"),
    sectionPath("blog.BlogIndexPage"),
  ]);
  const articles = page.newest_articles ?? [];
  return (
    <>
      <header className="page-header page-header--home">
        <SectionHeader title={page.title} intro={page.intro} />
        {glossaryPath || blogPath ? (
          <p className="cta-links">
            {glossaryPath ? (
              <Link className="button-link" href={glossaryPath}>
                Browse the glossary
              </Link>
            ) : null}
            {blogPath ? (
              <Link className="button-link button-link--secondary" href={blogPath}>
                Read the blog
              </Link>
            ) : null}
          </p>
        ) : null}
      </header>

      <div className="home-sections">
        <RelatedTerms terms={page.featured_terms ?? []} heading="Featured terms" headingId="featured-terms-heading" />
        {articles.length > 0 ? (
          <section className="newest-articles" aria-labelledby="newest-articles-heading">
            <h2 id="newest-articles-heading">Newest articles</h2>
            <ul className="post-list">
              {articles.map((article) => (
                <li className="post-card" key={article.id}>
                  <h3 className="post-card__title">
                    <Link href={article.html_path}>{article.title}</Link>
                  </h3>
                  <p className="page-meta">
                    <DateTime className="page-meta__item" value={article.date} />
                  </p>
                  <p className="post-card__intro">{article.summary}</p>
                </li>
              ))}
            </ul>
            {blogPath ? (
              <p>
                <Link href={blogPath}>All articles</Link>
              </p>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
