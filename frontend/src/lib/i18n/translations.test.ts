import { describe, expect, it } from "vitest";

import type { Translation } from "@/lib/cms";
import { alternateLanguages, languageLinks } from "@/lib/i18n/translations";

const GERMAN_API: Translation = {
  id: 57,
  locale: "de",
  title: "Programmierschnittstelle",
  html_url: "http://127.0.0.1:8000/de/glossary/programmierschnittstelle/",
};
const ENGLISH_API: Translation = { id: 12, locale: "en", title: "API", html_url: "http://127.0.0.1:8000/glossary/api/" };

describe("languageLinks", () => {
  it("goes to the page's translation in the other language", () => {
    expect(languageLinks("en", "/glossary/api/", [GERMAN_API])).toEqual([
      { locale: "en", name: "English", path: "/glossary/api/", current: true },
      { locale: "de", name: "Deutsch", path: "/de/glossary/programmierschnittstelle/", current: false },
    ]);
    expect(languageLinks("de", "/de/glossary/programmierschnittstelle/", [ENGLISH_API])).toEqual([
      { locale: "en", name: "English", path: "/glossary/api/", current: false },
      { locale: "de", name: "Deutsch", path: "/de/glossary/programmierschnittstelle/", current: true },
    ]);
  });

  it("goes to the other language's home page when the page has no translation in it", () => {
    expect(languageLinks("en", "/glossary/cache/", [])).toEqual([
      { locale: "en", name: "English", path: "/glossary/cache/", current: true },
      { locale: "de", name: "Deutsch", path: "/de/", current: false },
    ]);
    expect(languageLinks("de", "/de/blog/page/2/", [])[0]).toEqual({
      locale: "en",
      name: "English",
      path: "/",
      current: false,
    });
  });
});

describe("alternateLanguages", () => {
  it("lists the page in every language it is live in, and x-default for the English one", () => {
    expect(alternateLanguages("de", "/de/glossary/programmierschnittstelle/", [ENGLISH_API])).toEqual({
      en: "/glossary/api/",
      de: "/de/glossary/programmierschnittstelle/",
      "x-default": "/glossary/api/",
    });
  });

  it("lists none for a page live in its own language only", () => {
    expect(alternateLanguages("en", "/glossary/cache/", [])).toBeUndefined();
  });

  it("leaves out languages the site does not serve and has no x-default without the default language", () => {
    const french = { ...GERMAN_API, id: 58, locale: "fr", html_url: "http://127.0.0.1:8000/fr/glossary/api/" };
    expect(alternateLanguages("en", "/glossary/api/", [french])).toBeUndefined();
    expect(alternateLanguages("de", "/de/glossary/programmierschnittstelle/", [french])).toBeUndefined();
  });
});
