import { expect, test } from "vitest";

import { escapeHtml, escapeText, linebreaks } from "./html-text";

test("escapeHtml escapes as Django's escape, escapeText only what text needs", () => {
  expect(escapeHtml(`Tom's <b> & "x"`)).toBe("Tom&#x27;s &lt;b&gt; &amp; &quot;x&quot;");
  expect(escapeText(`Tom's <b> & "x"`)).toBe(`Tom's &lt;b&gt; &amp; "x"`);
});

test("linebreaks makes paragraphs of blank-line-separated parts and <br> of single newlines, as Django's", () => {
  expect(linebreaks('Line one\nline <two> & "3"\r\n\r\n\nPara\'s 2')).toBe(
    "<p>Line one<br>line &lt;two&gt; &amp; &quot;3&quot;</p>\n\n<p>Para&#x27;s 2</p>",
  );
});
