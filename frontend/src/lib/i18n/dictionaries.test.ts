import { describe, expect, it } from "vitest";

import { DICTIONARIES, dictionary } from "@/lib/i18n/dictionaries";
import { type Locale, LOCALES } from "@/lib/i18n/locales";

type Phrase = (first: never, second: never) => string;

/** Every word of a dictionary as text: its strings, and its phrases with sample values in. */
function texts(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(DICTIONARIES[locale]).map(([key, word]) => [
      key,
      typeof word === "string" ? word : (word as Phrase)(2 as never, "x" as never),
    ]),
  );
}

describe("dictionaries", () => {
  it("has one for every locale, with the same words", () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
    const englishKeys = Object.keys(DICTIONARIES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(DICTIONARIES[locale]).sort()).toEqual(englishKeys);
      expect(Object.entries(texts(locale)).filter(([, text]) => text.trim() === "")).toEqual([]);
    }
  });

  it("has German words of its own, not English ones left over", () => {
    const english = texts("en");
    const sameInBoth = Object.entries(texts("de"))
      .filter(([key, text]) => text === english[key])
      .map(([key]) => key);
    expect(sameInBoth).toEqual(["definition"]);
  });

  it("gives the German phrases their German grammar", () => {
    const words = dictionary("de");
    expect(words.pageOf(2, 3)).toBe("Seite 2 von 3");
    expect(words.readingTime(4)).toBe("Lesezeit 4 Min.");
    expect(words.articlesTagged("HTTP-Caching")).toBe("Artikel mit dem Schlagwort „HTTP-Caching“");
    expect(words.termsMatch(1, "ca")).toBe("1 Begriff passt zu „ca“");
  });
});
