import { isoDay, longDate } from "@/lib/dates";

export function DateTime({ value, className }: { value: string; className?: string }) {
  return (
    <time className={className} dateTime={isoDay(value)}>
      {longDate(value)}
    </time>
  );
}
