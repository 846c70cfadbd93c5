import type { Metadata } from "next";
import Link from "next/link";

import { sectionPath, unlessBuildingWithoutCms } from "@/lib/cms";
import { NOT_FOUND_METADATA } from "@/lib/metadata";

export const metadata: Metadata = NOT_FOUND_METADATA;

export default async function NotFound() {
  const glossaryPath = await unlessBuildingWithoutCms(() => sectionPath("glossary.GlossaryIndexPage"), null);
  return (
    <div className="error-page">
      <h1>Page not found</h1>
      <p className="lead">Sorry, we could not find that page. It may have moved, or the address may be mistyped.</p>
      <ul className="error-page__links">
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        {glossaryPath ? (
          <li>
            <Link href={glossaryPath}>Browse the glossary</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
