import { PreviewView, previewMetadata, type SearchParams } from "@/components/routes/PreviewView";

export const dynamic = "force-dynamic";

export const metadata = previewMetadata("en");

export default function EnglishPreview({ searchParams }: { searchParams: SearchParams }) {
  return <PreviewView locale="en" searchParams={searchParams} />;
}
