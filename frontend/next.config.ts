import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";

import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";

// The site's stylesheets stay where the Django site serves them; every build takes a fresh copy.
// Serving a build needs only the build: a copy of it runs without the Django project beside it.
const SITE_STYLESHEETS = ["static/css/site.css", "glossary/static/glossary/css/glossary.css"];

function copySiteStylesheets() {
  const stylesheetCopies = path.join(import.meta.dirname, "src/styles/site");
  mkdirSync(stylesheetCopies, { recursive: true });
  for (const stylesheet of SITE_STYLESHEETS) {
    copyFileSync(path.join(import.meta.dirname, "..", stylesheet), path.join(stylesheetCopies, path.basename(stylesheet)));
  }
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    copySiteStylesheets();
  }
  return {
    // The CMS's paths end in a slash (/glossary/api/); so do the front-end's.
    trailingSlash: true,
    poweredByHeader: false,
    images: { unoptimized: true },
  };
}
