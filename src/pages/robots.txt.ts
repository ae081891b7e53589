import type { APIRoute } from "astro";
import { absoluteUrl } from "../site/paths.ts";

/** robots.txt: everything may be crawled; points at the sitemap. (Under a base path, crawlers only read /robots.txt at the host root.) */
export const GET: APIRoute = () => {
  const text = ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, ""].join("\n");
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
