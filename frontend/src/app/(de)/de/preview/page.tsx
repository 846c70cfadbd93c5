import { PreviewView, previewMetadata, type SearchParams } from "@/components/routes/PreviewView";

export const dynamic = "force-dynamic";

export const metadata = previewMetadata("de");

export default function GermanPreview({ searchParams }: { searchParams: SearchParams }) {
  return <PreviewView locale="de" searchParams={searchParams} />;
}
