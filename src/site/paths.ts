/** Links that respect the base path, so the site works at a domain root and under a project path. */

const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Turns a site-absolute path ("/data/") into a link under the base path ("/ledger/data/"). */
export function href(path: string): string {
  return `${BASE}${path.replace(/^\/+/, "")}`;
}

/** Absolute URL on the published site (for canonical links, feeds, citations). */
export function absoluteUrl(path: string): string {
  const site = (import.meta.env.SITE ?? "").replace(/\/+$/, "");
  return `${site}${href(path)}`;
}
