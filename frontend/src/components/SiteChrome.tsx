import Link from "next/link";
import type { ReactNode } from "react";

import { SITE_NAME } from "@/lib/site";

/** The skip link, the site header, the main landmark and the footer around every page. */
export function SiteChrome({ nav, children }: { nav?: ReactNode; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__name" href="/">
            {SITE_NAME}
          </Link>
          {nav}
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>
            &copy; {new Date().getFullYear()} {SITE_NAME}
          </p>
        </div>
      </footer>
    </>
  );
}
