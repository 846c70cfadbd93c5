import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";

import type { NextConfig } from "next";

// The site's stylesheets stay where the Django site serves them; every build takes a fresh copy.
const SITE_STYLESHEETS = ["static/css/site.css", "glossary/static/glossary/css/glossary.css"];
const stylesheetCopies = path.join(import.meta.dirname, "src/styles/site");
mkdirSync(stylesheetCopies, { recursive: true });
for (const stylesheet of SITE_STYLESHEETS) {
  copyFileSync(path.join(import.meta.dirname, "..", stylesheet), path.join(stylesheetCopies, path.basename(stylesheet)));
}

const config: NextConfig = {
  // The CMS's paths end in a slash (/glossary/api/); so do the front-end's.
  trailingSlash: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;
