import type { Metadata } from "next";

import { CmsRoute, cmsRouteMetadata } from "@/components/routes/CmsRoute";

// Rendered at a path's first request and kept until revalidatePath() names it: never by age.
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { path: string[] }[] {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return cmsRouteMetadata("en", (await params).path);
}

export default async function EnglishPage({ params }: Props) {
  return <CmsRoute locale="en" segments={(await params).path} />;
}
