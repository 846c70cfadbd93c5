import { describe, expect, it } from "vitest";

import { revalidationFor } from "./revalidation";

describe("revalidationFor", () => {
  it("names each path once, in order, for an entry", () => {
    expect(revalidationFor(["/glossary/cache/", "/", "/glossary/cache/"], "glossary.GlossaryPage")).toEqual({
      paths: ["/glossary/cache/", "/"],
      everyPage: false,
    });
  });

  it.each(["blog.BlogPage", "blog.BlogIndexPage"])("renders every page again after an event of a %s", (type) => {
    expect(revalidationFor(["/blog/on-caching/", "/blog/"], type)).toEqual({
      paths: ["/blog/on-caching/", "/blog/"],
      everyPage: true,
    });
  });

  it("renders only the named paths when the payload names no page type", () => {
    expect(revalidationFor(["/blog/"], null)).toEqual({ paths: ["/blog/"], everyPage: false });
  });
});
