import { Breadcrumb } from "@/components/Breadcrumb";
import { SectionHeader } from "@/components/SectionHeader";
import { TermIndex } from "@/components/TermIndex";
import type { GlossaryIndexPage } from "@/lib/cms";

export function GlossaryIndexView({ page }: { page: GlossaryIndexPage }) {
  return (
    <>
      <Breadcrumb ancestors={page.breadcrumb ?? []} title={page.title} />
      <header className="page-header">
        <SectionHeader title={page.title} intro={page.intro} />
      </header>
      <TermIndex groups={page.terms ?? []} />
    </>
  );
}
