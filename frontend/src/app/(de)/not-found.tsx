import { NotFoundView } from "@/components/routes/NotFoundView";
import { notFoundMetadata } from "@/lib/metadata";

export const metadata = notFoundMetadata("de");

export default function GermanNotFound() {
  return <NotFoundView locale="de" />;
}
