import { describe, expect, it } from "vitest";

import { isoDay, longDate } from "@/lib/dates";

describe("dates", () => {
  it("writes a date as the site does", () => {
    expect(longDate("2024-03-12", "en-US")).toBe("March 12, 2024");
    expect(longDate("2024-01-05", "en-US")).toBe("January 5, 2024");
  });

  it("writes a date in German as German readers do", () => {
    expect(longDate("2024-03-12", "de-DE")).toBe("12. März 2024");
  });

  it("takes the UTC day of a date-time", () => {
    expect(isoDay("2024-01-15T23:30:00Z")).toBe("2024-01-15");
    expect(isoDay("2024-01-15T23:30:00-02:00")).toBe("2024-01-16");
    expect(longDate("2024-01-15T09:00:00Z", "en-US")).toBe("January 15, 2024");
  });
});
