import type { APIRoute } from "astro";
import { absoluteUrl } from "../site/paths.ts";
import { renderSitemap, sitemapPaths, type PageModule } from "../lib/reader/sitemap.ts";

// The page modules themselves, so the sitemap lists exactly the routes Astro builds (their getStaticPaths), and
// their source, so a page that sets `noindex` is left out without a second list to maintain.
const modules = import.meta.glob<PageModule>("./**/*.astro", { eager: true });
const sources = import.meta.glob<string>("./**/*.astro", { eager: true, query: "?raw", import: "default" });

/** sitemap.xml: every indexable HTML page, including every dataset, version, table and chart page. */
export const GET: APIRoute = async () => {
  const pages = await sitemapPaths(modules, sources);
  const xml = renderSitemap(pages.map((page) => ({ loc: absoluteUrl(page.path), lastmod: page.lastmod })));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
