import { Fragment } from "react";

import { ArticleLayout } from "@/components/ArticleLayout";
import { DateTime } from "@/components/DateTime";
import { PageMeta } from "@/components/PageMeta";
import { RelatedTerms } from "@/components/body/RelatedTerms";
import { type GlossaryPage, sectionPath } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export async function GlossaryEntryView({ page, locale }: { page: GlossaryPage; locale: Locale }) {
  const words = dictionary(locale);
  const blogPath = await sectionPath("blog.BlogIndexPage", locale);
  const aliases = page.aliases ?? [];
  return (
    <ArticleLayout
      page={page}
      header={
        <>
          <PageMeta locale={locale} published={page.meta.first_published_at} readingTime={page.reading_time} />
          {page.summary ? <p className="lead">{page.summary}</p> : null}
          {aliases.length > 0 ? (
            <p className="aliases">
              {words.alsoKnownAs}{" "}
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
          <RelatedTerms terms={page.related_terms ?? []} heading={words.relatedTerms} />
          {page.last_reviewed ? (
            <p className="last-reviewed">
              {words.lastReviewed} <DateTime value={page.last_reviewed} locale={locale} />
            </p>
          ) : null}
        </>
      }
      recentArticles={page.recent_articles ?? []}
      blogPath={blogPath}
      entryNames={[page.title, ...aliases]}
      locale={locale}
    />
  );
}
