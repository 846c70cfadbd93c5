import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PageView } from "@/components/PageView";
import { NOT_FOUND_METADATA, pageMetadata } from "@/lib/metadata";
import { pathFromSegments } from "@/lib/paths";
import { resolvePath } from "@/lib/resolve";

// Rendered at a path's first request and kept until revalidatePath() names it: never by age.
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { path: string[] }[] {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

async function resolved({ params }: Props) {
  const path = pathFromSegments((await params).path);
  return { path, found: await resolvePath(path) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { path, found } = await resolved(props);
  return found === null ? NOT_FOUND_METADATA : pageMetadata(found.page, path, found.listing);
}

export default async function CatchAllPage(props: Props) {
  const { found } = await resolved(props);
  if (found === null) {
    notFound();
  }
  return <PageView page={found.page} listing={found.listing} />;
}
