import type { ReactNode } from "react";

import { LocaleDocument } from "@/components/LocaleDocument";
import { SITE_METADATA } from "@/lib/metadata";

export const metadata = SITE_METADATA;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <LocaleDocument locale="en">{children}</LocaleDocument>;
}
