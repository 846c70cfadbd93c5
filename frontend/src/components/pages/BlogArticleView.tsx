import Image from "next/image";

import { ArticleLayout } from "@/components/ArticleLayout";
import { PageMeta } from "@/components/PageMeta";
import { TagList } from "@/components/TagList";
import { RelatedTerms } from "@/components/body/RelatedTerms";
import { type BlogPage, pathOf } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export function BlogArticleView({ page, locale }: { page: BlogPage; locale: Locale }) {
  const words = dictionary(locale);
  const authors = page.authors ?? [];
  const indexPath = pathOf(page.meta.parent?.meta.html_url);
  const hero = page.hero_image?.renditions?.large;
  return (
    <ArticleLayout
      page={page}
      header={
        <>
          {authors.length > 0 ? (
            <ul className="author-list" aria-label={words.authors}>
              {authors.map((author) => {
                const photo = author.photo?.renditions?.medium;
                return (
                  <li className="author" key={author.id}>
                    {photo ? (
                      <Image className="author__photo" src={photo.url} alt={author.name} width={64} height={64} />
                    ) : null}
                    <span className="author__text">
                      <span className="author__name">{author.name}</span>
                      {author.role ? <span className="author__role">{author.role}</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <PageMeta locale={locale} published={page.date} readingTime={page.reading_time} />
          <TagList tags={page.tags ?? []} indexPath={indexPath} locale={locale} />
        </>
      }
      intro={
        <>
          {hero && page.hero_image ? (
            <figure className="hero">
              <Image
                className="hero__image"
                src={hero.url}
                alt={page.hero_image.alt}
                width={hero.width}
                height={hero.height}
                loading="eager"
                fetchPriority="high"
              />
            </figure>
          ) : null}
          {page.intro ? <p className="lead">{page.intro}</p> : null}
        </>
      }
      end={<RelatedTerms terms={page.related_terms ?? []} heading={words.relatedGlossaryTerms} />}
      recentArticles={page.recent_articles ?? []}
      blogPath={indexPath}
      locale={locale}
    />
  );
}
