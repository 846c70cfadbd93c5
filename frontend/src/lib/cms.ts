import { PHASE_PRODUCTION_BUILD } from "next/constants";

import { apiClient } from "@/lib/api/client";
import type { components, paths } from "@/lib/api/schema";
import { pageTag } from "@/lib/cache-tags";
import { homePath, type Locale } from "@/lib/i18n/locales";

type Schemas = components["schemas"];

/** A page as API v3 details it: one member per page type, told apart by `meta.type`. */
export type DetailPage =
  paths["/api/v3/pages/find/"]["get"]["responses"][200]["content"]["application/json"];
export type PageOfType<T extends DetailPage["meta"]["type"]> = Extract<DetailPage, { meta: { type: T } }>;

/** Whether `page` is of `type`: TypeScript does not narrow a union by a nested field such as `meta.type`. */
export function isPageOfType<T extends DetailPage["meta"]["type"]>(page: DetailPage, type: T): page is PageOfType<T> {
  return page.meta.type === type;
}

export type HomePage = PageOfType<"home.HomePage">;
export type GlossaryIndexPage = PageOfType<"glossary.GlossaryIndexPage">;
export type GlossaryPage = PageOfType<"glossary.GlossaryPage">;
export type BlogIndexPage = PageOfType<"blog.BlogIndexPage">;
export type BlogPage = PageOfType<"blog.BlogPage">;
type ListedPage = Schemas["BasePageSchema"];
export type ArticleLink = Schemas["ArticleLinkData"];
export type Translation = Schemas["TranslationData"];

/** The CMS did not answer, or answered with an error other than 404: the page is an error (500). */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "CmsUnavailableError";
  }
}

// Kept until revalidatePagePath() (lib/revalidate.ts) names a page that read them: never by age.
const CACHED = { cache: "force-cache" } as const;

type ApiResult<T> = { data?: T; response: Response };

async function answer<T>(call: () => Promise<ApiResult<T>>, what: string): Promise<T | null> {
  let result: ApiResult<T>;
  try {
    result = await call();
  } catch (cause) {
    throw new CmsUnavailableError(`The CMS did not answer ${what}`, { cause });
  }
  if (result.response.status === 404) {
    return null;
  }
  if (result.data === undefined) {
    throw new CmsUnavailableError(`The CMS answered ${what} with ${result.response.status}`);
  }
  return result.data;
}

async function required<T>(call: () => Promise<ApiResult<T>>, what: string): Promise<T> {
  const data = await answer(call, what);
  if (data === null) {
    throw new CmsUnavailableError(`The CMS has no ${what}`);
  }
  return data;
}

/** The live page at `htmlPath` (such as "/glossary/api/"), or null when there is none. */
export function findPage(htmlPath: string): Promise<DetailPage | null> {
  return answer(
    () =>
      apiClient().GET("/api/v3/pages/find/", {
        params: { query: { html_path: htmlPath } },
        ...CACHED,
        next: { tags: [pageTag(htmlPath)] },
      }),
    `the page at ${htmlPath}`,
  );
}

/** A page by its id; `tags` name the read for revalidateTag(). */
export function pageDetail(id: number, tags: string[] = []): Promise<DetailPage> {
  return required(
    () => apiClient().GET("/api/v3/pages/{page_id}/", { params: { path: { page_id: id } }, ...CACHED, next: { tags } }),
    `page ${id}`,
  );
}

type ListingQuery = NonNullable<paths["/api/v3/pages/"]["get"]["parameters"]["query"]>;

/** A listing; `tags` name the read for revalidateTag(). */
export function listPages(
  query: ListingQuery,
  tags: string[] = [],
): Promise<{ items: ListedPage[]; count: number }> {
  return required(
    () => apiClient().GET("/api/v3/pages/", { params: { query }, ...CACHED, next: { tags } }),
    "page listing",
  );
}

/**
 * What `read` gives, or `fallback` when the CMS is not running while `next build` prerenders
 * the pages outside the catch-all route (the 404 page): the build must not need the CMS.
 */
export async function unlessBuildingWithoutCms<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CmsUnavailableError && process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
      return fallback;
    }
    throw error;
  }
}

export type MenuItem = { title: string; path: string };

/** The pages below the locale's home page that editors show in menus, in tree order. */
export async function menuItems(locale: Locale): Promise<MenuItem[]> {
  const home = await findPage(homePath(locale));
  if (home?.id == null) {
    return [];
  }
  const { items } = await listPages({ child_of: home.id, show_in_menus: true });
  return items.flatMap((item) => {
    const path = pathOf(item.meta.html_url);
    return path === null ? [] : [{ title: item.title, path }];
  });
}

/** The locale's first blog index or glossary, for "Visit Blog" and the home page's links. */
export async function sectionPath(
  type: "blog.BlogIndexPage" | "glossary.GlossaryIndexPage",
  locale: Locale,
): Promise<string | null> {
  const { items } = await listPages({ type: [type], locale, limit: 1 });
  return pathOf(items[0]?.meta.html_url);
}

/** The path of a page's URL, as the front-end serves it. */
export function pathOf(htmlUrl: string | null | undefined): string | null {
  return htmlUrl ? new URL(htmlUrl).pathname : null;
}

/** The page's live, public versions in the other languages, as the API lists them in `translations`. */
export function translationsOf(page: DetailPage): Translation[] {
  return ("translations" in page && page.translations) || [];
}
