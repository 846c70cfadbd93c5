/** Plain text as the site's templates print it: Django's `escape` and `linebreaks`. */

/** `&`, `<` and `>` escaped: text in HTML's flow. */
export function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Django's `escape`: text that is also safe in a quoted attribute. */
export function escapeHtml(text: string): string {
  return escapeText(text).replaceAll('"', "&quot;").replaceAll("'", "&#x27;");
}

/** Django's `linebreaks` after autoescaping: a paragraph per blank-line-separated part, `<br>` for single newlines. */
export function linebreaks(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll("\n", "<br>")}</p>`)
    .join("\n\n");
}
