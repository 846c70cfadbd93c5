import { Breadcrumb } from "@/components/Breadcrumb";

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
export function BasicPageView({ title, breadcrumb }: { title: string; breadcrumb: readonly Crumb[] | null | undefined }) {
  return (
    <>
      <Breadcrumb ancestors={breadcrumb ?? []} title={title} />
      <header className="page-header">
        <h1>{title}</h1>
      </header>
    </>
  );
}
