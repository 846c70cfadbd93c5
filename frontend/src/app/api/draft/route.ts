import { draftMode } from "next/headers";

import { localeOf, previewPath } from "@/lib/i18n/locales";
import { fetchDraft, previewQuery, previewSearch } from "@/lib/preview";
import { unavailablePage } from "@/lib/unavailable-page";

/**
 * The CMS's headless preview sends the editor here (its CLIENT_URLS) with
 * `?content_type=...&token=...`: a token the CMS accepts turns on draft mode for this browser,
 * and the draft shows on the preview page of its language (/preview/, /de/preview/).
 */
export async function GET(request: Request): Promise<Response> {
  const query = previewQuery(new URL(request.url).searchParams);
  if (query === null) {
    return unavailablePage(400, "The preview link needs content_type and token: open the preview from the editor.");
  }
  const answer = await fetchDraft(query);
  if (!answer.ok) {
    return unavailablePage(answer.status, answer.message);
  }
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: `${previewPath(localeOf(answer.draft.meta.locale))}?${previewSearch(query)}` } });
}
