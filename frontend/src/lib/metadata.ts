import type { Metadata } from "next";

import type { DetailPage } from "@/lib/cms";
import { listingPath, type ArticleListing } from "@/lib/paths";
import { SITE_NAME } from "@/lib/site";

export const NOT_FOUND_METADATA: Metadata = { title: "Page not found" };

const ARTICLE_TYPES: ReadonlySet<string> = new Set(["glossary.GlossaryPage", "blog.BlogPage"]);

/** Title, description, canonical URL and Open Graph / Twitter cards of a page, as the site gives them. */
export function pageMetadata(page: DetailPage, path: string, listing?: ArticleListing): Metadata {
  const title = ("seo_title" in page.meta && page.meta.seo_title) || page.title;
  const description = ("meta_description" in page && page.meta_description) || undefined;
  const canonical = listing ? listingPath(listing) : path;
  const social = "share_image" in page ? page.share_image : null;
  const image = social?.renditions?.social;
  const images = image ? [{ url: image.url, width: image.width, height: image.height, alt: social?.alt }] : undefined;
  const isArticle = ARTICLE_TYPES.has(page.meta.type);
  const published = page.meta.first_published_at ?? undefined;
  const modified = ("last_published_at" in page && page.last_published_at) || published;
  return {
    title,
    description,
    alternates: { canonical },
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
