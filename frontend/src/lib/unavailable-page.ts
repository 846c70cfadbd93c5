import { escapeHtml } from "./html-text";

/** The page an editor gets when the CMS refuses a preview link, with the CMS's reason. */
export function unavailablePage(status: number, message: string): Response {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview unavailable</title></head>' +
    `<body><main><h1>Preview unavailable</h1><p class="error">${escapeHtml(message)}</p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
