import { describe, expect, test } from "vitest";

import { DICTIONARIES } from "@/lib/i18n/dictionaries";

import { contentsOf, definitionHeading, slugify, tableOfContents, type BodyBlock } from "./headings";

describe("slugify, as Django's", () => {
  test.each([
    ["How a call works", "how-a-call-works"],
    ["  Héllo, Wörld! ", "hello-world"],
    ["C++ & C#", "c-c"],
    ["What is CI/CD?", "what-is-cicd"],
    ["___x-y__", "x-y"],
    ["a\x1cb", "a-b"],
    ["Ελληνικά", ""],
    ["Tabs\tand\nnewlines", "tabs-and-newlines"],
    ["--Déjà vu--", "deja-vu"],
    ["ﬁne ½", "fine-12"],
    ["!!!", ""],
  ])("%j becomes %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

test("the definition's heading is the editor's, else asks what the entry is, else says Definition", () => {
  expect(definitionHeading("An API, briefly", "API", DICTIONARIES.en)).toBe("An API, briefly");
  expect(definitionHeading("", "API", DICTIONARIES.en)).toBe("What is API?");
  expect(definitionHeading("", "", DICTIONARIES.en)).toBe("Definition");
});

test("in German, the definition's heading asks in German", () => {
  expect(definitionHeading("", "API", DICTIONARIES.de)).toBe("Was ist API?");
  expect(definitionHeading("Kurz gesagt", "API", DICTIONARIES.de)).toBe("Kurz gesagt");
});

const text = "<p>Text.</p>";
const body: BodyBlock[] = [
  { id: "1", type: "definition", value: { heading: "", text } },
  { id: "2", type: "callout", value: { tone: "tip", title: "A tip", text } },
  { id: "3", type: "section", value: { heading: "How it works", text } },
  { id: "4", type: "section", value: { heading: "???", text } },
  { id: "5", type: "advantages", value: { heading: "Why teams use it", items: [{ title: "Speed", text }] } },
  { id: "6", type: "code", value: { language: "python", code: "print()" } },
  { id: "7", type: "applications", value: { heading: "Applications", items: [{ domain: "Shops", text }] } },
  { id: "8", type: "quote", value: { quote: "Quoted.", attribution: "" } },
  { id: "9", type: "conclusion", value: { heading: "In short", text } },
];

test("the contents list every headed block with its anchor, except headings without one", () => {
  expect(contentsOf(body, "REST API", DICTIONARIES.en)).toEqual([
    { anchor: "definition", heading: "What is REST API?" },
    { anchor: "how-it-works", heading: "How it works" },
    { anchor: "why-teams-use-it", heading: "Why teams use it" },
    { anchor: "applications", heading: "Applications" },
    { anchor: "in-short", heading: "In short" },
  ]);
});

test("a table of contents needs four sections", () => {
  expect(tableOfContents(body, "REST API", DICTIONARIES.en)).toHaveLength(5);
  const short = body.filter((block) => block.type !== "conclusion" && block.type !== "applications");
  expect(contentsOf(short, "REST API", DICTIONARIES.en)).toHaveLength(3);
  expect(tableOfContents(short, "REST API", DICTIONARIES.en)).toEqual([]);
});
