import Link from "next/link";

import { DateTime } from "@/components/DateTime";
import { SectionHeader } from "@/components/SectionHeader";
import { RelatedTerms } from "@/components/body/RelatedTerms";
import { type HomePage, sectionPath } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export async function HomeView({ page, locale }: { page: HomePage; locale: Locale }) {
  const words = dictionary(locale);
  const [glossaryPath, blogPath] = await Promise.all([
    sectionPath("glossary.GlossaryIndexPage", locale),
    sectionPath("blog.BlogIndexPage", locale),
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
                {words.browseGlossary}
              </Link>
            ) : null}
            {blogPath ? (
              <Link className="button-link button-link--secondary" href={blogPath}>
                {words.readBlog}
              </Link>
            ) : null}
          </p>
        ) : null}
      </header>

      <div className="home-sections">
        <RelatedTerms terms={page.featured_terms ?? []} heading={words.featuredTerms} headingId="featured-terms-heading" />
        {articles.length > 0 ? (
          <section className="newest-articles" aria-labelledby="newest-articles-heading">
            <h2 id="newest-articles-heading">{words.newestArticles}</h2>
            <ul className="post-list">
              {articles.map((article) => (
                <li className="post-card" key={article.id}>
                  <h3 className="post-card__title">
                    <Link href={article.html_path}>{article.title}</Link>
                  </h3>
                  <p className="page-meta">
                    <DateTime className="page-meta__item" value={article.date} locale={locale} />
                  </p>
                  <p className="post-card__intro">{article.summary}</p>
                </li>
              ))}
            </ul>
            {blogPath ? (
              <p>
                <Link href={blogPath}>{words.allArticles}</Link>
              </p>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
