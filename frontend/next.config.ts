import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";

// The site's stylesheets and icons stay where the Django site serves them; every build takes a
// fresh copy (git-ignored). The icons go where Next's file conventions serve and link them.
// Serving a build needs only the build: a copy of it runs without the Django project beside it.
const SITE_FILES: [source: string, copy: string][] = [
  ["static/css/site.css", "src/styles/site/site.css"],
  ["glossary/static/glossary/css/glossary.css", "src/styles/site/glossary.css"],
  ["static/root/favicon.ico", "src/app/favicon.ico"],
  ["static/favicon.svg", "src/app/icon.svg"],
];

function copySiteFiles() {
  const frontend = path.dirname(fileURLToPath(import.meta.url));
  for (const [source, copy] of SITE_FILES) {
    const target = path.join(frontend, copy);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(frontend, "..", source), target);
  }
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    copySiteFiles();
  }
  return {
    // The CMS's paths end in a slash (/glossary/api/); so do the front-end's.
    trailingSlash: true,
    poweredByHeader: false,
    images: { unoptimized: true },
  };
}
