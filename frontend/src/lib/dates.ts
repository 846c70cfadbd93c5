const LONG_DATE_OPTIONS: Intl.DateTimeFormatOptions = { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" };

/** The calendar day of an ISO date or date-time ("2024-03-12" or "2024-03-12T09:00:00Z"), in UTC like the CMS. */
export function isoDay(value: string): string {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString().slice(0, 10);
}

/** "March 12, 2024" in "en-US", "12. März 2024" in "de-DE": as the site writes dates. */
export function longDate(value: string, dateLocale: string): string {
  return new Intl.DateTimeFormat(dateLocale, LONG_DATE_OPTIONS).format(new Date(`${isoDay(value)}T00:00:00Z`));
}
