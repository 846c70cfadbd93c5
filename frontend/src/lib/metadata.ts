import type { Metadata } from "next";

import { type DetailPage, translationsOf } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { alternateLanguages } from "@/lib/i18n/translations";
import { listingPath, type ArticleListing } from "@/lib/paths";
import { SITE_NAME, siteUrl } from "@/lib/site";

/** What every locale's root layout gives its pages: relative URLs resolve against the site. */
export const SITE_METADATA: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
};

export function notFoundMetadata(locale: Locale): Metadata {
  return { title: dictionary(locale).notFoundTitle };
}

const ARTICLE_TYPES: ReadonlySet<string> = new Set(["glossary.GlossaryPage", "blog.BlogPage"]);

/**
 * Title, description, canonical URL, `hreflang` alternates (of the page itself: a listing's other
 * pages are not the same in every language) and Open Graph / Twitter cards of a page, as the site gives them.
 */
export function pageMetadata(page: DetailPage, path: string, listing?: ArticleListing): Metadata {
  const title = ("seo_title" in page.meta && page.meta.seo_title) || page.title;
  const description = ("meta_description" in page && page.meta_description) || undefined;
  const canonical = listing ? listingPath(listing) : path;
  const languages = listing ? undefined : alternateLanguages(localeOf(page.meta.locale), path, translationsOf(page));
  const social = "share_image" in page ? page.share_image : null;
  const image = social?.renditions?.social;
  const images = image ? [{ url: image.url, width: image.width, height: image.height, alt: social?.alt }] : undefined;
  const isArticle = ARTICLE_TYPES.has(page.meta.type);
  const published = page.meta.first_published_at ?? undefined;
  const modified = ("last_published_at" in page && page.last_published_at) || published;
  return {
    title,
    description,
    alternates: { canonical, languages },
    openGraph: {
      siteName: SITE_NAME,
      title,
      description,
      url: canonical,
      images,
      ...(isArticle ? { type: "article", publishedTime: published, modifiedTime: modified } : { type: "website" }),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images },
  };
}
