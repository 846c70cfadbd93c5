/** The site's name, as the CMS's WAGTAIL_SITE_NAME spells it. */
export const SITE_NAME = process.env.SITE_NAME ?? "Software Glossary";

/** Where readers reach this front-end: canonical and Open Graph URLs are built on it. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? "http://127.0.0.1:8020");
}
