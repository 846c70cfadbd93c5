import type { NextConfig } from "next";

const config: NextConfig = {
  // The CMS's paths end in a slash (/glossary/api/); so do the front-end's.
  trailingSlash: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;
