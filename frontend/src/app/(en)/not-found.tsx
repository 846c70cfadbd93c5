import { NotFoundView } from "@/components/routes/NotFoundView";
import { notFoundMetadata } from "@/lib/metadata";

export const metadata = notFoundMetadata("en");

export default function EnglishNotFound() {
  return <NotFoundView locale="en" />;
}
