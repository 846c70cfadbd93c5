import type { Metadata } from "next";
import { draftMode } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LocaleChrome } from "@/components/LocaleChrome";
import { PageView } from "@/components/PageView";
import { pathOf, translationsOf } from "@/lib/cms";
import { dictionary } from "@/lib/i18n/dictionaries";
import { homePath, type Locale } from "@/lib/i18n/locales";
import { languageLinks } from "@/lib/i18n/translations";
import { asDetailPage, exitHref, fetchDraft, fetchUserbar, previewQuery } from "@/lib/preview";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function previewMetadata(locale: Locale): Metadata {
  return { title: dictionary(locale).preview, robots: { index: false, follow: false } };
}

/** An editor's draft of a page in `locale`, in the draft mode /api/draft/ turned on; every other browser gets a 404. */
export async function PreviewView({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  if (!(await draftMode()).isEnabled) {
    notFound();
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    if (typeof value === "string") {
      params.set(name, value);
    }
  }
  const query = previewQuery(params);
  if (query === null) {
    notFound();
  }
  const words = dictionary(locale);
  const [answer, userbar] = await Promise.all([fetchDraft(query), fetchUserbar()]);
  const page = answer.ok ? asDetailPage(answer.draft) : null;
  const failure = answer.ok ? "" : answer.message;
  const path = pathOf(page?.meta.html_url) ?? homePath(locale);
  return (
    <LocaleChrome locale={locale} languages={languageLinks(locale, path, page ? translationsOf(page) : [])}>
      <div className="preview-bar">
        <p className="preview-banner" role="status">
          {words.previewBanner}
        </p>
        {/* Prefetching the exit route would end draft mode. */}
        <Link
          className="preview-bar__exit"
          href={exitHref(path)}
          prefetch={false}
        >
          {words.exitPreview}
        </Link>
      </div>
      {page !== null ? (
        <PageView page={page} locale={locale} />
      ) : (
        <div className="error-page">
          <h1>{words.previewUnavailable}</h1>
          <p className="error">{failure}</p>
        </div>
      )}
      {userbar ? <div dangerouslySetInnerHTML={{ __html: userbar }} /> : null}
    </LocaleChrome>
  );
}
