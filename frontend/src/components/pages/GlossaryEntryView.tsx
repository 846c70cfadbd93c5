import { Fragment } from "react";

import { ArticleLayout } from "@/components/ArticleLayout";
import { DateTime } from "@/components/DateTime";
import { PageMeta } from "@/components/PageMeta";
import { RelatedTerms } from "@/components/body/RelatedTerms";
import { type GlossaryPage, sectionPath } from "@/lib/cms";

export async function GlossaryEntryView({ page }: { page: GlossaryPage }) {
  const blogPath = await sectionPath("blog.BlogIndexPage");
  const aliases = page.aliases ?? [];
  return (
    <ArticleLayout
      page={page}
      header={
        <>
          <PageMeta published={page.meta.first_published_at} readingTime={page.reading_time} />
          {page.summary ? <p className="lead">{page.summary}</p> : null}
          {aliases.length > 0 ? (
            <p className="aliases">
              Also known as:{" "}
              {aliases.map((alias, index) => (
                <Fragment key={alias}>
                  {index > 0 ? ", " : null}
                  <span className="aliases__name">{alias}</span>
                </Fragment>
              ))}
            </p>
          ) : null}
        </>
      }
      end={
        <>
          <RelatedTerms terms={page.related_terms ?? []} />
          {page.last_reviewed ? (
            <p className="last-reviewed">
              Last reviewed <DateTime value={page.last_reviewed} />
            </p>
          ) : null}
        </>
      }
      recentArticles={page.recent_articles ?? []}
      blogPath={blogPath}
      entryNames={[page.title, ...aliases]}
    />
  );
}
