import createClient from "openapi-fetch";

import type { paths } from "./schema";

/** The CMS whose API v3 this front-end renders; read at run time, never baked into the build. */
export function cmsUrl(): string {
  return (process.env.CMS_URL ?? "http://127.0.0.1:8000").replace(/\/+$/, "");
}

export function apiClient() {
  return createClient<paths>({ baseUrl: cmsUrl() });
}
