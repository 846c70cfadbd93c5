import { renderToStaticMarkup } from "react-dom/server";
import { expect, test, vi } from "vitest";

import type { BodyBlock } from "@/lib/headings";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";
import type { TermLinkData } from "@/lib/term-links";

import { RelatedTerms } from "./RelatedTerms";
import { StreamBody } from "./StreamBody";
import { TableOfContents } from "./TableOfContents";

const API: TermLinkData = {
  id: 7,
  type: "glossary.GlossaryPage",
  title: "API",
  summary: "An agreed way for programs to talk.",
  html_path: "/glossary/api/",
  html_url: "https://example.com/glossary/api/",
  aliases: ["Web API"],
};
const REST: TermLinkData = {
  id: 8,
  type: "glossary.GlossaryPage",
  title: "REST",
  summary: "",
  html_path: "/glossary/rest/",
  html_url: "https://example.com/glossary/rest/",
};
const apiLink =
  '<span class="term-ref"><a class="term-link" href="/glossary/api/" aria-describedby="term-tip-7">API</a>' +
  '<span class="term-tip" id="term-tip-7" role="tooltip">An agreed way for programs to talk.</span></span>';

const rendition = (name: string, width: number, height: number) => ({
  url: `https://cms.example.com/media/images/gateway.${name}.png`,
  width,
  height,
});

const body: BodyBlock[] = [
  { id: "d", type: "definition", value: { heading: "", text: "<p>A GraphQL <b>server</b> answers queries.</p>" } },
  { id: "c", type: "callout", value: { tone: "tip", title: "API or REST?", text: "<p>Ask for <code>API</code> keys.</p>" } },
  { id: "s", type: "section", value: { heading: "How it's built", text: "<p>It sits in front of a REST API.</p>" } },
  {
    id: "a",
    type: "advantages",
    value: { heading: "Advantages", items: [{ title: "API-first", text: "<p>One API for every client.</p>" }] },
  },
  {
    id: "i",
    type: "image",
    value: {
      image: {
        id: 1,
        title: "Gateway",
        alt: "A gateway",
        width: 1200,
        height: 675,
        renditions: {
          thumbnail: rendition("fill-400x225", 400, 225),
          medium: rendition("max-800x800", 800, 450),
          large: rendition("max-1600x1600", 1200, 675),
          social: rendition("fill-1200x630", 1200, 630),
        },
      },
      alt_text: "Clients call the gateway",
      caption: "Every REST call & more",
    },
  },
  { id: "q", type: "quote", value: { quote: "Be liberal in what you accept.\nAnd strict in\n\nwhat you send.", attribution: "Jon's law" } },
  { id: "k", type: "code", value: { language: "bash", code: 'curl "https://example.com/api/" <REST>' } },
  {
    id: "p",
    type: "applications",
    value: { heading: "Where?", items: [{ domain: "Shops", text: "<p>Shops use a web api.</p>" }] },
  },
  { id: "e", type: "conclusion", value: { heading: "Conclusion", text: "<p>Start small.</p>" } },
];

test("the body renders every block as the site does, linking each term at its first mention outside headings and code", () => {
  const html = renderToStaticMarkup(<StreamBody blocks={body} pageTitle="GraphQL" words={DICTIONARIES.en} linkedTerms={[API, REST]} entryNames={["GraphQL"]} />);
  expect(html).toBe(
    '<section class="block block-definition"><h2 id="definition">What is GraphQL?</h2>' +
      '<div class="rich-text"><p>A GraphQL <b>server</b> answers queries.</p></div></section>' +
      '<aside class="block callout callout--tip" role="note"><p class="callout__title no-term-links">API or REST?</p>' +
      '<div class="rich-text"><p>Ask for <code>API</code> keys.</p></div></aside>' +
      '<section class="block block-section"><h2 id="how-its-built">How it&#x27;s built</h2>' +
      `<div class="rich-text"><p>It sits in front of a <a class="term-link" href="/glossary/rest/">REST</a> ${apiLink}.</p></div></section>` +
      '<section class="block block-advantages"><h2 id="advantages">Advantages</h2><ul class="item-list">' +
      '<li class="item-list__item"><h3>API-first</h3><div class="rich-text"><p>One API for every client.</p></div></li></ul></section>' +
      '<figure class="block block-image"><img alt="Clients call the gateway" src="https://cms.example.com/media/images/gateway.max-1600x1600.png"' +
      ' width="1200" height="675" srcSet="https://cms.example.com/media/images/gateway.max-800x800.png 800w,' +
      ' https://cms.example.com/media/images/gateway.max-1600x1600.png 1200w" sizes="(min-width: 46rem) 46rem, 100vw"' +
      ' loading="lazy" decoding="async"/><figcaption>Every REST call &amp; more</figcaption></figure>' +
      '<figure class="block block-quote"><blockquote><p>Be liberal in what you accept.<br>And strict in</p>\n\n<p>what you send.</p></blockquote>' +
      "<figcaption>— <cite>Jon&#x27;s law</cite></figcaption></figure>" +
      '<div class="block block-code"><pre class="code" data-language="bash" tabindex="0">' +
      '<code class="language-bash">curl &quot;https://example.com/api/&quot; &lt;REST&gt;</code></pre></div>' +
      '<section class="block block-applications"><h2 id="where">Where?</h2><ul class="item-list">' +
      '<li class="item-list__item"><h3>Shops</h3><div class="rich-text"><p>Shops use a web api.</p></div></li></ul></section>' +
      '<section class="block block-conclusion"><h2 id="conclusion">Conclusion</h2><div class="rich-text"><p>Start small.</p></div></section>',
  );
});

test("an entry's own names are never linked and keep the names inside them from being linked", () => {
  const blocks: BodyBlock[] = [{ id: "d", type: "definition", value: { heading: "", text: "<p>A Web API is an API.</p>" } }];
  expect(renderToStaticMarkup(<StreamBody blocks={blocks} pageTitle="Web API" words={DICTIONARIES.en} linkedTerms={[API]} entryNames={["Web API"]} />)).toBe(
    `<section class="block block-definition"><h2 id="definition">What is Web API?</h2><div class="rich-text"><p>A Web API is an ${apiLink}.</p></div></section>`,
  );
});

test("the table of contents links to the ids the body gives its headings", () => {
  const contents = renderToStaticMarkup(<TableOfContents blocks={body} pageTitle="GraphQL" words={DICTIONARIES.en} />);
  expect(contents).toBe(
    '<nav class="toc" aria-labelledby="toc-heading"><h2 class="toc__heading" id="toc-heading">On this page</h2><ol class="toc__list">' +
      '<li><a href="#definition">What is GraphQL?</a></li><li><a href="#how-its-built">How it&#x27;s built</a></li>' +
      '<li><a href="#advantages">Advantages</a></li><li><a href="#where">Where?</a></li><li><a href="#conclusion">Conclusion</a></li></ol></nav>',
  );
  const rendered = renderToStaticMarkup(<StreamBody blocks={body} pageTitle="GraphQL" words={DICTIONARIES.en} linkedTerms={[]} />);
  const headingIds = Array.from(rendered.matchAll(/<h2 id="([^"]+)"/g), (found) => found[1]);
  const anchors = Array.from(contents.matchAll(/href="#([^"]+)"/g), (found) => found[1]);
  expect(anchors).toEqual(headingIds);
  expect(renderToStaticMarkup(<TableOfContents blocks={body.slice(0, 3)} pageTitle="GraphQL" words={DICTIONARIES.en} />)).toBe("");
});

test("related terms list each term's title and summary under a heading", () => {
  vi.stubEnv("__NEXT_TRAILING_SLASH", "true");
  expect(renderToStaticMarkup(<RelatedTerms terms={[API, REST]} heading="Related terms" />)).toBe(
    '<section class="related-terms" aria-labelledby="related-terms-heading"><h2 id="related-terms-heading">Related terms</h2><ul class="term-list">' +
      '<li class="term-list__item"><a class="term-list__title" href="/glossary/api/">API</a><p class="term-list__summary">An agreed way for programs to talk.</p></li>' +
      '<li class="term-list__item"><a class="term-list__title" href="/glossary/rest/">REST</a></li></ul></section>',
  );
  expect(renderToStaticMarkup(<RelatedTerms terms={[REST]} heading="Featured terms" headingId="featured-terms-heading" />)).toBe(
    '<section class="related-terms" aria-labelledby="featured-terms-heading"><h2 id="featured-terms-heading">Featured terms</h2><ul class="term-list">' +
      '<li class="term-list__item"><a class="term-list__title" href="/glossary/rest/">REST</a></li></ul></section>',
  );
  expect(renderToStaticMarkup(<RelatedTerms terms={[]} heading="Related terms" />)).toBe("");
  vi.unstubAllEnvs();
});
