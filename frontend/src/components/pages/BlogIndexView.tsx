import Link from "next/link";
import { notFound } from "next/navigation";

import { Breadcrumb } from "@/components/Breadcrumb";
import { PageMeta } from "@/components/PageMeta";
import { Pagination } from "@/components/Pagination";
import { SectionHeader } from "@/components/SectionHeader";
import { TagList } from "@/components/TagList";
import { pageTag } from "@/lib/cache-tags";
import { type BlogIndexPage, isPageOfType, listPages, pageDetail, pathOf } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import type { ArticleListing } from "@/lib/paths";

const ARTICLES_PER_PAGE = 10;

async function articlesOf(indexId: number, listing: ArticleListing) {
  const { items, count } = await listPages(
    {
      type: ["blog.BlogPage"],
      child_of: indexId,
      order: ["-date"],
      limit: ARTICLES_PER_PAGE,
      offset: (listing.pageNumber - 1) * ARTICLES_PER_PAGE,
      ...(listing.tag === null ? {} : { tags: [listing.tag] }),
    },
    [pageTag(listing.indexPath)],
  );
  const details = await Promise.all(items.map((item) => pageDetail(item.id, [pageTag(listing.indexPath)])));
  const articles = details.flatMap((article) => {
    const path = pathOf(article.meta.html_url);
    return isPageOfType(article, "blog.BlogPage") && path !== null ? [{ ...article, path }] : [];
  });
  return { articles, pageCount: Math.ceil(count / ARTICLES_PER_PAGE) };
}

export async function BlogIndexView({
  page,
  listing,
  locale,
}: {
  page: BlogIndexPage;
  listing: ArticleListing;
  locale: Locale;
}) {
  const words = dictionary(locale);
  const { articles, pageCount } = await articlesOf(page.id, listing);
  if (listing.pageNumber > 1 && listing.pageNumber > pageCount) {
    notFound();
  }
  if (listing.tag !== null && articles.length === 0) {
    notFound();
  }
  return (
    <>
      <Breadcrumb ancestors={page.breadcrumb ?? []} title={page.title} locale={locale} />
      <header className="page-header">
        <SectionHeader title={page.title} intro={page.intro} />
      </header>

      {listing.tag !== null ? (
        <p className="filter-status">
          {words.articlesTagged(listing.tag)} <Link href={listing.indexPath}>{words.showAllArticles}</Link>
        </p>
      ) : null}

      {articles.length > 0 ? (
        <>
          <ul className="post-list">
            {articles.map((article) => (
              <li className="post-card" key={article.id}>
                <article>
                  <h2 className="post-card__title">
                    <Link href={article.path}>{article.title}</Link>
                  </h2>
                  <PageMeta
                    locale={locale}
                    published={article.date}
                    authors={article.authors ?? []}
                    readingTime={article.reading_time}
                  />
                  <p className="post-card__intro">{article.intro}</p>
                  <TagList tags={article.tags ?? []} indexPath={listing.indexPath} locale={locale} />
                </article>
              </li>
            ))}
          </ul>
          <Pagination listing={listing} pageCount={pageCount} locale={locale} />
        </>
      ) : (
        <p className="empty-state">{words.noArticles}</p>
      )}
    </>
  );
}
