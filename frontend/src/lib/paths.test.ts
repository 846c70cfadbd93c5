import { describe, expect, it } from "vitest";

import { listingPath, parseListingPath, pathFromSegments } from "@/lib/paths";

describe("pathFromSegments", () => {
  it("gives the home page's path without segments", () => {
    expect(pathFromSegments(undefined)).toBe("/");
    expect(pathFromSegments([])).toBe("/");
  });

  it("joins segments with the trailing slash the CMS's paths have", () => {
    expect(pathFromSegments(["glossary", "api"])).toBe("/glossary/api/");
  });

  it("decodes the segments as the URL encodes them, leaving a malformed one as it is", () => {
    expect(pathFromSegments(["glossary", "caf%C3%A9"])).toBe("/glossary/café/");
    expect(pathFromSegments(["100%"])).toBe("/100%/");
  });
});

describe("parseListingPath", () => {
  it("reads a page number below a blog index", () => {
    expect(parseListingPath("/blog/page/2/")).toEqual({ indexPath: "/blog/", pageNumber: 2, tag: null });
  });

  it("reads a tag, with or without a page number", () => {
    expect(parseListingPath("/blog/tags/cloud/")).toEqual({ indexPath: "/blog/", pageNumber: 1, tag: "cloud" });
    expect(parseListingPath("/news/blog/tags/cloud/page/12/")).toEqual({
      indexPath: "/news/blog/",
      pageNumber: 12,
      tag: "cloud",
    });
  });

  it("reads a listing of a blog index at the site's root", () => {
    expect(parseListingPath("/page/3/")).toEqual({ indexPath: "/", pageNumber: 3, tag: null });
  });

  it("names no listing for page 1, which has the index's own address", () => {
    expect(parseListingPath("/blog/page/1/")).toBeNull();
    expect(parseListingPath("/blog/tags/cloud/page/1/")).toBeNull();
  });

  it("names no listing for other paths", () => {
    expect(parseListingPath("/blog/")).toBeNull();
    expect(parseListingPath("/blog/an-article/")).toBeNull();
    expect(parseListingPath("/blog/page/02/")).toBeNull();
    expect(parseListingPath("/blog/page/two/")).toBeNull();
    expect(parseListingPath("/blog/page/")).toBeNull();
    expect(parseListingPath("/blog/tags/")).toBeNull();
    expect(parseListingPath("/blog/page/99999999999999999999/")).toBeNull();
  });
});

describe("listingPath", () => {
  it("gives the index's own address for its first page", () => {
    expect(listingPath({ indexPath: "/blog/", pageNumber: 1, tag: null })).toBe("/blog/");
  });

  it("gives the addresses parseListingPath reads back", () => {
    for (const path of ["/blog/page/2/", "/blog/tags/cloud/", "/blog/tags/cloud/page/3/"]) {
      const listing = parseListingPath(path);
      expect(listing).not.toBeNull();
      expect(listingPath(listing!)).toBe(path);
    }
  });

  it("escapes a tag for its path segment", () => {
    expect(listingPath({ indexPath: "/blog/", pageNumber: 1, tag: "c sharp" })).toBe("/blog/tags/c%20sharp/");
  });

  it("gives back a tag's name, as the API filters by it, from the route's encoded segments", () => {
    const path = pathFromSegments(["blog", "tags", "C%20Sharp"]);
    expect(parseListingPath(path)).toEqual({ indexPath: "/blog/", pageNumber: 1, tag: "C Sharp" });
  });
});
