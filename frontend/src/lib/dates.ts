const LONG_DATE = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

/** The calendar day of an ISO date or date-time ("2024-03-12" or "2024-03-12T09:00:00Z"), in UTC like the CMS. */
export function isoDay(value: string): string {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString().slice(0, 10);
}

/** "March 12, 2024", as the site writes dates. */
export function longDate(value: string): string {
  return LONG_DATE.format(new Date(`${isoDay(value)}T00:00:00Z`));
}
