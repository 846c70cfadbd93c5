import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { NextConfig } from "next";

// The site's stylesheets and icons stay where the Django site serves them; every build takes a
// fresh copy (git-ignored). The icons go where Next's file conventions serve and link them.
const SITE_FILES: [source: string, copy: string][] = [
  ["static/css/site.css", "src/styles/site/site.css"],
  ["glossary/static/glossary/css/glossary.css", "src/styles/site/glossary.css"],
  ["static/root/favicon.ico", "src/app/favicon.ico"],
  ["static/favicon.svg", "src/app/icon.svg"],
];
const frontend = path.dirname(fileURLToPath(import.meta.url));
for (const [source, copy] of SITE_FILES) {
  const target = path.join(frontend, copy);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(frontend, "..", source), target);
}

const config: NextConfig = {
  // The CMS's paths end in a slash (/glossary/api/); so do the front-end's.
  trailingSlash: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;
