import type { ReactNode } from "react";

import { LocaleDocument } from "@/components/LocaleDocument";
import { SITE_METADATA } from "@/lib/metadata";

export const metadata = SITE_METADATA;

export default function GermanLayout({ children }: { children: ReactNode }) {
  return <LocaleDocument locale="de">{children}</LocaleDocument>;
}
