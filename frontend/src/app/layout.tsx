import "../styles/site/glossary.css";
import "../styles/site/site.css";

import type { Metadata } from "next";
import type { ReactNode } from "react";

import { MainNav } from "@/components/MainNav";
import { SiteChrome } from "@/components/SiteChrome";
import { menuItems, unlessBuildingWithoutCms } from "@/lib/cms";
import { SITE_NAME, siteUrl } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const items = await unlessBuildingWithoutCms(menuItems, []);
  return (
    <html lang="en">
      <body id="top">
        <SiteChrome nav={<MainNav items={items} />}>{children}</SiteChrome>
      </body>
    </html>
  );
}
