import type { Metadata } from "next";
import { draftMode } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PageView } from "@/components/PageView";
import { asDetailPage, fetchDraft, fetchUserbar, previewQuery } from "@/lib/preview";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An editor's draft, in the draft mode /api/draft/ turned on; every other browser gets a 404. */
export default async function Preview({ searchParams }: Props) {
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
  const [answer, userbar] = await Promise.all([fetchDraft(query), fetchUserbar()]);
  return (
    <>
      <div className="preview-bar">
        <p className="preview-banner" role="status">
          Preview of an unpublished draft
        </p>
        {/* Prefetching the exit route would end draft mode. */}
        <Link className="preview-bar__exit" href="/api/draft/exit/" prefetch={false}>
          Exit preview
        </Link>
      </div>
      {answer.ok ? (
        <PageView page={asDetailPage(answer.draft)} />
      ) : (
        <div className="error-page">
          <h1>Preview unavailable</h1>
          <p className="error">{answer.message}</p>
        </div>
      )}
      {userbar ? <div dangerouslySetInnerHTML={{ __html: userbar }} /> : null}
    </>
  );
}
