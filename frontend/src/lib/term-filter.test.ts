import { describe, expect, it } from "vitest";

import { DICTIONARIES } from "@/lib/i18n/dictionaries";
import { filterText, matchStatus, visibleGroups } from "@/lib/term-filter";

const groups = [
  { letter: "A", terms: [{ title: "API" }, { title: "Authentication" }] },
  { letter: "C", terms: [{ title: "Caching" }, { title: "CI/CD" }] },
  { letter: "R", terms: [{ title: "REST" }] },
];

describe("filterText", () => {
  it("holds the title and the aliases, in lower case", () => {
    expect(filterText({ title: "API", aliases: ["Web API", "Application Programming Interface"] })).toBe(
      "api web api application programming interface",
    );
    expect(filterText({ title: "REST", aliases: null })).toBe("rest");
  });
});

describe("visibleGroups", () => {
  it("shows every group while nothing is typed or picked", () => {
    expect(visibleGroups(groups, "  ", null)).toEqual(groups);
  });

  it("keeps the terms whose title holds the typed text, in any case, and drops emptied groups", () => {
    expect(visibleGroups(groups, " ca", null)).toEqual([
      { letter: "A", terms: [{ title: "Authentication" }] },
      { letter: "C", terms: [{ title: "Caching" }] },
    ]);
    expect(visibleGroups(groups, "T", null)).toEqual([
      { letter: "A", terms: [{ title: "Authentication" }] },
      { letter: "R", terms: [{ title: "REST" }] },
    ]);
  });

  it("matches a term by an alias", () => {
    const aliased = [{ letter: "W", terms: [{ title: "Webhook", aliases: ["HTTP callback"] }] }];
    expect(visibleGroups(aliased, "callback", null)).toEqual(aliased);
  });

  it("shows only the picked letter's group", () => {
    expect(visibleGroups(groups, "", "R")).toEqual([{ letter: "R", terms: [{ title: "REST" }] }]);
    expect(visibleGroups(groups, "api", "C")).toEqual([]);
  });
});

describe("matchStatus", () => {
  it("says nothing while nothing is typed", () => {
    expect(matchStatus("   ", 5, DICTIONARIES.en)).toBe("");
  });

  it("counts the matches of the typed text", () => {
    expect(matchStatus(" ca ", 1, DICTIONARIES.en)).toBe("1 term matches “ca”");
    expect(matchStatus("x", 0, DICTIONARIES.en)).toBe("0 terms match “x”");
    expect(matchStatus("a", 2, DICTIONARIES.en)).toBe("2 terms match “a”");
  });

  it("counts in German for German readers", () => {
    expect(matchStatus(" ca ", 1, DICTIONARIES.de)).toBe("1 Begriff passt zu „ca“");
    expect(matchStatus("a", 2, DICTIONARIES.de)).toBe("2 Begriffe passen zu „a“");
  });
});
