"use client";

import "../styles/site/glossary.css";
import "../styles/site/site.css";

import Link from "next/link";

import { SiteChrome } from "@/components/SiteChrome";

/** The page when the CMS cannot serve one: the site's "Briefly unavailable" page. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body id="top">
        <SiteChrome>
          <div className="error-page">
            <h1>Briefly unavailable</h1>
            <p className="lead">Sorry, the site cannot show this page right now. Please try again in a minute.</p>
            <ul className="error-page__links">
              <li>
                <Link href="/">Go to the home page</Link>
              </li>
            </ul>
          </div>
        </SiteChrome>
      </body>
    </html>
  );
}
