import type { DetailPage } from "@/lib/cms";

import { cmsUrl } from "./api/client";

const USERBAR_PATH = "/api/userbar/";

/**
 * A draft as `/api/v2/page_preview/` answers it: a page detail of API v3's shape, except that
 * a page never saved has no id yet.
 */
export type DraftPage = WithoutSavedId<DetailPage>;

type WithoutSavedId<Page> = Page extends unknown ? Omit<Page, "id"> & { id: number | null } : never;

/** The draft, or why the CMS refused it: its 4xx status and message, or 502 when it failed. */
export type DraftAnswer = { ok: true; draft: DraftPage } | { ok: false; status: number; message: string };

export type PreviewQuery = { content_type: string; token: string };

/** The query wagtail-headless-preview sends the editor with, or null when it is incomplete. */
export function previewQuery(params: URLSearchParams): PreviewQuery | null {
  const contentType = params.get("content_type");
  const token = params.get("token");
  return contentType && token ? { content_type: contentType, token } : null;
}

/** Where "Exit preview" goes: the path it was given (the previewed page's own), else the home page; never another site. */
export function exitTarget(to: string | null): string {
  return to !== null && /^\/(?![/\\])/.test(to) ? to : "/";
}

/** "Exit preview" for a draft whose published page is at `path`. */
export function exitHref(path: string): string {
  return `/api/draft/exit/?${new URLSearchParams({ to: path })}`;
}

export function previewSearch(query: PreviewQuery): string {
  return new URLSearchParams(query).toString();
}

/** The editor's draft from the CMS; never cached, as the CMS asks. */
export async function fetchDraft(query: PreviewQuery): Promise<DraftAnswer> {
  let response: Response;
  try {
    response = await fetch(`${cmsUrl()}/api/v2/page_preview/?${previewSearch(query)}`, {
      cache: "no-store",
      headers: { Accept: "application/json" },
    });
  } catch {
    return { ok: false, status: 502, message: "The CMS did not answer." };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) {
    return { ok: true, draft: answer as DraftPage };
  }
  if (response.status >= 500) {
    return { ok: false, status: 502, message: `The CMS could not serve this preview (HTTP ${response.status}).` };
  }
  return { ok: false, status: response.status, message: messageOf(answer) ?? response.statusText };
}

function messageOf(answer: unknown): string | null {
  if (typeof answer === "object" && answer !== null && "message" in answer && typeof answer.message === "string") {
    return answer.message;
  }
  return null;
}

// A page never saved has no id; nothing lists children of this one.
const UNSAVED_PAGE_ID = 0;

/** The draft as the page views take a page. */
export function asDetailPage(draft: DraftPage): DetailPage {
  return { ...draft, id: draft.id ?? UNSAVED_PAGE_ID };
}

/**
 * Wagtail's user bar (HTML with absolute URLs to the CMS's scripts, so its accessibility
 * checker runs in the preview), or "" when the CMS gives none.
 */
export async function fetchUserbar(): Promise<string> {
  try {
    const response = await fetch(`${cmsUrl()}${USERBAR_PATH}`, {
      cache: "no-store",
      headers: { Accept: "text/html" },
    });
    return response.ok ? await response.text() : "";
  } catch {
    return "";
  }
}
