import { describe, expect, it } from "vitest";

import { homePath, localeOf, localeOfPath, localePath, previewPath } from "@/lib/i18n/locales";

describe("locale routes", () => {
  it("serves English unprefixed and German under /de/", () => {
    expect(homePath("en")).toBe("/");
    expect(homePath("de")).toBe("/de/");
  });

  it("gives the CMS path of a locale's catch-all segments", () => {
    expect(localePath("en", undefined)).toBe("/");
    expect(localePath("en", ["glossary", "api"])).toBe("/glossary/api/");
    expect(localePath("de", undefined)).toBe("/de/");
    expect(localePath("de", [])).toBe("/de/");
    expect(localePath("de", ["glossary", "caf%C3%A9"])).toBe("/de/glossary/café/");
  });

  it("tells a German path by its first segment only", () => {
    expect(localeOfPath("/de/")).toBe("de");
    expect(localeOfPath("/de/glossary/api/")).toBe("de");
    expect(localeOfPath("/")).toBe("en");
    expect(localeOfPath("/glossary/de/")).toBe("en");
    expect(localeOfPath("/design/")).toBe("en");
    expect(localeOfPath("/en/")).toBe("en");
  });

  it("reads the API's locale, taking a language the site does not serve as the default one", () => {
    expect(localeOf("de")).toBe("de");
    expect(localeOf("en")).toBe("en");
    expect(localeOf("fr")).toBe("en");
    expect(localeOf(null)).toBe("en");
    expect(localeOf(undefined)).toBe("en");
  });

  it("shows a draft on the preview page of its language", () => {
    expect(previewPath("en")).toBe("/preview/");
    expect(previewPath("de")).toBe("/de/preview/");
  });
});
