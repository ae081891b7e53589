import { escapeXml } from "../feeds/atom.ts";

/** One page in the sitemap. */
export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD of the last change, when known from front matter or data. */
  lastmod?: string;
}

/** A page module as `import.meta.glob` returns it. */
export interface PageModule {
  getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => unknown;
}

/** Route pattern of a page file relative to src/pages: `./data/[dataset]/index.astro` → `/data/[dataset]/`. */
export function routePattern(file: string): string {
  const path = file.replace(/^\.\//, "").replace(/\.(astro|md|mdx)$/, "").replace(/(^|\/)index$/, "");
  return path === "" ? "/" : `/${path}/`;
}

/** Fills `[param]` and `[...rest]` segments from getStaticPaths params; throws naming the route when one is missing. */
export function fillRoute(pattern: string, params: Record<string, string | number | undefined>): string {
  const path = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined) {
      if (rest) return "";
      throw new Error(`sitemap: route ${pattern} has no value for [${name}] in getStaticPaths params ${JSON.stringify(params)}`);
    }
    return String(value);
  });
  return path.replace(/\/{2,}/g, "/");
}

function lastmodOf(props: unknown): string | undefined {
  const data = (props as { entry?: { data?: { published?: unknown; updated?: unknown } } } | undefined)?.entry?.data;
  const date = data?.updated ?? data?.published;
  return date instanceof Date ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * Every indexable HTML page, from the page modules themselves: static routes as they are, dynamic routes expanded
 * with their own getStaticPaths (the same list Astro builds). Pages whose source opts out of indexing (`noindex`,
 * e.g. the 404 page and chart embeds) are left out.
 */
export async function sitemapPaths(modules: Record<string, PageModule>, sources: Record<string, string>): Promise<{ path: string; lastmod?: string }[]> {
  const pages: { path: string; lastmod?: string }[] = [];
  for (const [file, module] of Object.entries(modules)) {
    if (/\bnoindex\b/.test(sources[file] ?? "")) continue;
    const pattern = routePattern(file);
    if (!pattern.includes("[")) {
      pages.push({ path: pattern });
      continue;
    }
    if (!module.getStaticPaths) throw new Error(`sitemap: dynamic route ${file} has no getStaticPaths`);
    const paginate = (): never => {
      throw new Error(`sitemap: ${file} paginates; expand its pages here`);
    };
    const entries = (await module.getStaticPaths({ paginate, routePattern: pattern })) as { params: Record<string, string | number | undefined>; props?: unknown }[];
    for (const entry of entries.flat()) pages.push({ path: fillRoute(pattern, entry.params), lastmod: lastmodOf(entry.props) });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Renders a sitemaps.org urlset. */
export function renderSitemap(urls: readonly SitemapUrl[]): string {
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`];
  for (const url of urls) {
    lines.push(`  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ""}</url>`);
  }
  lines.push(`</urlset>`, ``);
  return lines.join("\n");
}
