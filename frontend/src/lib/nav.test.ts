import { describe, expect, it } from "vitest";

import { currentState } from "@/lib/nav";

describe("currentState", () => {
  it("marks the section's own page, the pages below it, and nothing else", () => {
    expect(currentState("/blog/", "/blog/")).toBe("page");
    expect(currentState("/blog/an-article/", "/blog/")).toBe("true");
    expect(currentState("/glossary/", "/blog/")).toBeUndefined();
    expect(currentState("/", "/blog/")).toBeUndefined();
  });

  it("marks a blog index's listing pages as the index itself", () => {
    expect(currentState("/blog/page/2/", "/blog/")).toBe("page");
    expect(currentState("/blog/tags/api/", "/blog/")).toBe("page");
  });
});
