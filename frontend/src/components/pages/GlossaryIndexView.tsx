import { Breadcrumb } from "@/components/Breadcrumb";
import { SectionHeader } from "@/components/SectionHeader";
import { TermIndex } from "@/components/TermIndex";
import type { GlossaryIndexPage } from "@/lib/cms";
import type { Locale } from "@/lib/i18n/locales";

export function GlossaryIndexView({ page, locale }: { page: GlossaryIndexPage; locale: Locale }) {
  return (
    <>
      <Breadcrumb ancestors={page.breadcrumb ?? []} title={page.title} locale={locale} />
      <header className="page-header">
        <SectionHeader title={page.title} intro={page.intro} />
      </header>
      <TermIndex groups={page.terms ?? []} locale={locale} />
    </>
  );
}
