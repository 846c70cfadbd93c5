import { describe, expect, test } from "vitest";

import { createTermLinker, type TermLinkData } from "./term-links";

function term(id: number, title: string, summary: string, aliases: string[] = []): TermLinkData {
  const path = `/glossary/${title.toLowerCase().replace(/\W+/g, "-")}/`;
  return { id, type: "glossary.GlossaryPage", title, summary, html_path: path, html_url: `https://example.com${path}`, aliases };
}

const API = term(7, "API", "An interface <between> programs & people.", ["Web API", "Application Programming Interface"]);
const REST = term(8, "REST", "A style for web APIs.");
const DATABASE = term(9, "Database", "   ");
const CPP = term(10, "C++", "A language.", ["CI/CD"]);
const BACKEND = term(11, "Backend", "The server side.");
const BACKEND_DEVELOPMENT = term(12, "Backend Software Development", "Building the server side.");
const QUEUE = term(20, "Queue", "A line.", ["Broker"]);
const BROKER = term(21, "Broker", "Passes messages.", ["Queue"]);

const api = (text: string) =>
  `<span class="term-ref"><a class="term-link" href="/glossary/api/" aria-describedby="term-tip-7">${text}</a>` +
  `<span class="term-tip" id="term-tip-7" role="tooltip">An interface &lt;between&gt; programs &amp; people.</span></span>`;
const rest = (text: string) =>
  `<span class="term-ref"><a class="term-link" href="/glossary/rest/" aria-describedby="term-tip-8">${text}</a>` +
  `<span class="term-tip" id="term-tip-8" role="tooltip">A style for web APIs.</span></span>`;
const cpp = (text: string) =>
  `<span class="term-ref"><a class="term-link" href="/glossary/c-/" aria-describedby="term-tip-10">${text}</a>` +
  `<span class="term-tip" id="term-tip-10" role="tooltip">A language.</span></span>`;

function link(html: string, terms: TermLinkData[], ownNames: string[] = []) {
  const linker = createTermLinker(terms, ownNames);
  return { html: linker.linkHtml(html), linked: linker.linked.map((linked) => linked.title) };
}

describe("term links", () => {
  test("link the first mention of a whole word, ignoring case, with the summary as a tooltip", () => {
    expect(link("<p>An API is an api, and APIs or RAPID are not.</p>", [API])).toEqual({
      html: `<p>An ${api("API")} is an api, and APIs or RAPID are not.</p>`,
      linked: ["API"],
    });
    expect(link("<p>Use the api.</p>", [API]).html).toBe(`<p>Use the ${api("api")}.</p>`);
  });

  test("match names with punctuation when no letter or digit touches them", () => {
    expect(link("<p>Not C++x or xCI/CD; CI/CD and C++.</p>", [CPP]).html).toBe(
      `<p>Not C++x or xCI/CD; ${cpp("CI/CD")} and C++.</p>`,
    );
    expect(link("<p>Ünïcode APIé API_x _API x.API API.</p>", [API]).html).toBe(
      `<p>Ünïcode APIé API_x _API x.${api("API")} API.</p>`,
    );
  });

  test("match aliases, and any white space for any white space", () => {
    expect(link("<p>A Web\n  API and an application programming interface.</p>", [API]).html).toBe(
      `<p>A ${api("Web\n  API")} and an application programming interface.</p>`,
    );
  });

  test("link the longest name first", () => {
    expect(link("<p>Backend Software Development is more than Backend work.</p>", [BACKEND, BACKEND_DEVELOPMENT])).toEqual({
      html:
        '<p><span class="term-ref"><a class="term-link" href="/glossary/backend-software-development/" aria-describedby="term-tip-12">Backend Software Development</a>' +
        '<span class="term-tip" id="term-tip-12" role="tooltip">Building the server side.</span></span> is more than ' +
        '<span class="term-ref"><a class="term-link" href="/glossary/backend/" aria-describedby="term-tip-11">Backend</a>' +
        '<span class="term-tip" id="term-tip-11" role="tooltip">The server side.</span></span> work.</p>',
      linked: ["Backend Software Development", "Backend"],
    });
  });

  test("never link inside links, headings, code or elements marked no-term-links; a term without a summary gets no tooltip", () => {
    const html =
      '<p><a href="/x/">API</a> <code>API</code> <pre>REST</pre></p><h2>Database</h2><p class="callout__title no-term-links">C++</p>' +
      "<p>API, REST, database, C++</p>";
    expect(link(html, [API, REST, DATABASE, CPP])).toEqual({
      html:
        '<p><a href="/x/">API</a> <code>API</code> <pre>REST</pre></p><h2>Database</h2><p class="callout__title no-term-links">C++</p>' +
        `<p>${api("API")}, ${rest("REST")}, <a class="term-link" href="/glossary/database/">database</a>, ${cpp("C++")}</p>`,
      linked: ["API", "REST", "Database", "C++"],
    });
  });

  test("keep entities as written, except in a text node that gains a link, which is escaped as the site escapes it", () => {
    expect(
      link("<p>Tom&#x27;s API &amp; &quot;more&quot;&nbsp;</p><p>Tom&#x27;s &copy; &lt;b&gt;</p><p>x &lt;b&gt; REST</p>", [API, REST]).html,
    ).toBe(`<p>Tom's ${api("API")} &amp; "more"\u00a0</p><p>Tom&#x27;s &copy; &lt;b&gt;</p><p>x &lt;b&gt; ${rest("REST")}</p>`);
  });

  test("link inside nested markup, but never across it", () => {
    expect(link("<p>Web <em>API</em> and <i>REST <em>C++</em></i> <b>API</b></p>", [API, REST, CPP]).html).toBe(
      `<p>Web <em>${api("API")}</em> and <i>${rest("REST")} <em>${cpp("C++")}</em></i> <b>API</b></p>`,
    );
  });

  test("give a shared name to the entry with it as its title", () => {
    expect(link("<p>Broker and Queue</p>", [BROKER, QUEUE]).linked).toEqual(["Broker", "Queue"]);
    expect(link("<p>Queue</p>", [BROKER, QUEUE]).html).toBe(
      '<p><span class="term-ref"><a class="term-link" href="/glossary/queue/" aria-describedby="term-tip-20">Queue</a>' +
        '<span class="term-tip" id="term-tip-20" role="tooltip">A line.</span></span></p>',
    );
  });

  test("never link the page's own names, which still use up their words", () => {
    expect(link("<p>A REST API is not REST; an API is.</p>", [API, REST], ["REST API"])).toEqual({
      html: `<p>A REST API is not ${rest("REST")}; an ${api("API")} is.</p>`,
      linked: ["REST", "API"],
    });
  });

  test("link each entry once across the texts of a page, in the order they come", () => {
    const linker = createTermLinker([API, REST]);
    expect(linker.linkHtml("<ul><li><p>API</p></li></ul><p>API again</p>")).toBe(`<ul><li><p>${api("API")}</p></li></ul><p>API again</p>`);
    expect(linker.linkHtml("<p>An API, REST.</p>")).toBe(`<p>An API, ${rest("REST")}.</p>`);
    expect(linker.linked.map((linked) => linked.id)).toEqual([7, 8]);
  });

  test("link plain text as the site prints it", () => {
    expect(createTermLinker([API]).linkText(`"API" & co's`)).toBe(`"${api("API")}" &amp; co's`);
    expect(createTermLinker([API]).linkText(`"REST" & co's`)).toBe("&quot;REST&quot; &amp; co&#x27;s");
  });

  test("leave HTML without mentions as it was", () => {
    const html = "<p>Nothing <b>here</b> &amp; nothing&nbsp;there.</p>";
    expect(link(html, [API, REST, CPP])).toEqual({ html, linked: [] });
  });
});
