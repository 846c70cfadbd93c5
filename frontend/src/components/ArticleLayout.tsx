import type { ReactNode } from "react";

import { Breadcrumb } from "@/components/Breadcrumb";
import { RecentArticles } from "@/components/RecentArticles";
import { StreamBody } from "@/components/body/StreamBody";
import { TableOfContents } from "@/components/body/TableOfContents";
import type { ArticleLink, BlogPage, GlossaryPage } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

/**
 * What a glossary entry and a blog article share: the breadcrumb, the article with its header
 * and body, the "Recent Articles" sidebar and "Back to top".
 */
export function ArticleLayout({
  page,
  header,
  intro,
  end,
  recentArticles,
  blogPath,
  entryNames,
  locale,
}: {
  page: GlossaryPage | BlogPage;
  header: ReactNode;
  intro?: ReactNode;
  end: ReactNode;
  recentArticles: readonly ArticleLink[];
  blogPath: string | null;
  entryNames?: readonly string[];
  locale: Locale;
}) {
  const words = dictionary(locale);
  return (
    <>
      <Breadcrumb ancestors={page.breadcrumb ?? []} title={page.title} locale={locale} />
      <div className="layout layout--with-sidebar">
        <article className="article">
          <header className="article__header">
            <h1>{page.title}</h1>
            {header}
          </header>
          {intro}
          <TableOfContents blocks={page.body} pageTitle={page.title} words={words} />
          <div className="article__body">
            <StreamBody
              blocks={page.body}
              pageTitle={page.title}
              words={words}
              linkedTerms={page.linked_terms ?? []}
              entryNames={entryNames}
            />
          </div>
          {end}
        </article>
        <aside className="sidebar" aria-labelledby="recent-articles-heading">
          <RecentArticles articles={recentArticles} blogPath={blogPath} locale={locale} />
        </aside>
      </div>
      <p className="back-to-top">
        <a href="#top">{words.backToTop}</a>
      </p>
    </>
  );
}
