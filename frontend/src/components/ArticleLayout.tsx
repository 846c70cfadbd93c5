import type { ReactNode } from "react";

import { Breadcrumb } from "@/components/Breadcrumb";
import { RecentArticles } from "@/components/RecentArticles";
import { StreamBody } from "@/components/body/StreamBody";
import { TableOfContents } from "@/components/body/TableOfContents";
import type { ArticleLink, BlogPage, GlossaryPage } from "@/lib/cms";

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
}: {
  page: GlossaryPage | BlogPage;
  header: ReactNode;
  intro?: ReactNode;
  end: ReactNode;
  recentArticles: readonly ArticleLink[];
  blogPath: string | null;
  entryNames?: readonly string[];
}) {
  return (
    <>
      <Breadcrumb ancestors={page.breadcrumb ?? []} title={page.title} />
      <div className="layout layout--with-sidebar">
        <article className="article">
          <header className="article__header">
            <h1>{page.title}</h1>
            {header}
          </header>
          {intro}
          <TableOfContents blocks={page.body} pageTitle={page.title} />
          <div className="article__body">
            <StreamBody
              blocks={page.body}
              pageTitle={page.title}
              linkedTerms={page.linked_terms ?? []}
              entryNames={entryNames}
            />
          </div>
          {end}
        </article>
        <aside className="sidebar" aria-labelledby="recent-articles-heading">
          <RecentArticles articles={recentArticles} blogPath={blogPath} />
        </aside>
      </div>
      <p className="back-to-top">
        <a href="#top">Back to top</a>
      </p>
    </>
  );
}
