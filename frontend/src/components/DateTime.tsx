import { isoDay, longDate } from "@/lib/dates";
import { dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export function DateTime({ value, locale, className }: { value: string; locale: Locale; className?: string }) {
  return (
    <time className={className} dateTime={isoDay(value)}>
      {longDate(value, dictionary(locale).dateLocale)}
    </time>
  );
}
