import { Breadcrumb } from "@/components/Breadcrumb";
import type { Locale } from "@/lib/i18n/locales";

type Crumb = { id: number; title: string; html_path: string };

/** Whether a page of a type the schema does not describe carries a breadcrumb this can show. */
export function isCrumbList(value: unknown): value is Crumb[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === "object" &&
        item !== null &&
        "id" in item &&
        typeof item.id === "number" &&
        "title" in item &&
        typeof item.title === "string" &&
        "html_path" in item &&
        typeof item.html_path === "string",
    )
  );
}

/** A page of a type this front-end has no layout for: its title, where it sits. */
export function BasicPageView({
  title,
  breadcrumb,
  locale,
}: {
  title: string;
  breadcrumb: readonly Crumb[] | null | undefined;
  locale: Locale;
}) {
  return (
    <>
      <Breadcrumb ancestors={breadcrumb ?? []} title={title} locale={locale} />
      <header className="page-header">
        <h1>{title}</h1>
      </header>
    </>
  );
}
