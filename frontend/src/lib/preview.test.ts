import { describe, expect, it } from "vitest";

import { exitHref, exitTarget, previewQuery, previewSearch } from "./preview";
import { unavailablePage } from "./unavailable-page";

describe("previewQuery", () => {
  it("reads the content type and token the CMS's preview sends", () => {
    const params = new URLSearchParams("content_type=glossary.glossarypage&token=id%3D7%3Aabc");
    expect(previewQuery(params)).toEqual({ content_type: "glossary.glossarypage", token: "id=7:abc" });
  });

  it.each(["content_type=glossary.glossarypage", "token=id%3D7%3Aabc", "content_type=&token=id%3D7%3Aabc"])(
    "is null for %s",
    (search) => {
      expect(previewQuery(new URLSearchParams(search))).toBeNull();
    },
  );

  it("passes the token on as it came", () => {
    expect(previewSearch({ content_type: "glossary.glossarypage", token: "id=7:1xA:b+c/d" })).toBe(
      "content_type=glossary.glossarypage&token=id%3D7%3A1xA%3Ab%2Bc%2Fd",
    );
  });
});

describe("exitTarget", () => {
  it("goes back to the previewed page, in its language", () => {
    expect(exitTarget("/de/glossary/api/")).toBe("/de/glossary/api/");
    expect(exitTarget(new URL(`http://x${exitHref("/de/glossary/api/")}`).searchParams.get("to"))).toBe(
      "/de/glossary/api/",
    );
  });

  it.each([null, "", "https://evil.example/", "//evil.example/", "/\\evil.example/", "glossary/"])(
    "goes home for %s",
    (to) => {
      expect(exitTarget(to)).toBe("/");
    },
  );
});

describe("unavailablePage", () => {
  it("shows the CMS's reason with its status, escaped and never stored", async () => {
    const response = unavailablePage(410, 'Expired: <open> "the preview" & retry');
    expect(response.status).toBe(410);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(await response.text()).toContain(
      '<h1>Preview unavailable</h1><p class="error">Expired: &lt;open&gt; &quot;the preview&quot; &amp; retry</p>',
    );
  });
});
