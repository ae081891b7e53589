// Discovery and sharing: sitemap.xml lists exactly the indexable pages of the build, robots.txt points at it,
// every article has its own Open Graph image (a 1200×630 PNG that exists), and the card renders identically twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ogCardSvg, renderOgPng, wrapText } from "../../src/lib/reader/og-image.ts";
import { absolute, content, dist, distText, page, pages, parseXml, siteRoot } from "./helpers.ts";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

describe("sitemap.xml and robots.txt", () => {
  const document = parseXml(distText("sitemap.xml"), "sitemap.xml");
  const locs = [...document.getElementsByTagNameNS(SITEMAP, "loc")].map((node) => node.textContent ?? "");
  const indexable = pages.filter((built) => built.path.endsWith("/") && !/<meta name="robots" content="[^"]*noindex/.test(distText(built.file)));

  it("lists every indexable page in the build, and nothing else", () => {
    expect(document.documentElement.namespaceURI).toBe(SITEMAP);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(indexable.map((built) => absolute(built.path)).sort());
  });

  it("includes every dataset and chart page", () => {
    for (const built of pages.filter((entry) => entry.type === "dataset" || entry.type === "chart")) expect(locs).toContain(absolute(built.path));
  });

  it("robots.txt points crawlers at the sitemap", () => {
    expect(distText("robots.txt")).toContain(`Sitemap: ${siteRoot}/sitemap.xml`);
  });
});

describe("Open Graph images", () => {
  const articles = content.filter((entry) => entry.kind === "article");

  it.each(articles.map((entry) => [entry.path, entry] as const))("%s has its own 1200×630 PNG card", (path, entry) => {
    const image = page(path).querySelector('meta[property="og:image"]')?.getAttribute("content");
    expect(image).toBe(absolute(`/og/${entry.slug}.png`));
    const png = readFileSync(join(dist, "og", `${entry.slug}.png`));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(page(path).querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
  });

  it("renders the same bytes for the same card, and keeps long titles inside three lines", () => {
    const card = { kicker: "Enforcement Ledger · Test", title: "A deliberately long headline that keeps going well past what fits on three lines of a social card at any size we allow", dek: "A dek.", footer: "example.org/articles/x/" };
    expect(Buffer.from(renderOgPng(card)).equals(Buffer.from(renderOgPng(card)))).toBe(true);
    const lines = ogCardSvg(card).match(/font-family="DejaVu Serif"[^>]*>(.*?)<\/text>/)![1].match(/<tspan/g)!;
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(ogCardSvg(card)).toContain("…");
  });

  it("wraps greedily and marks truncation with an ellipsis", () => {
    const measure = (value: string) => value.length * 10;
    expect(wrapText("one two three four", 100, measure, 3)).toEqual({ lines: ["one two", "three four"], truncated: false });
    expect(wrapText("one two three four five six", 70, measure, 2)).toEqual({ lines: ["one two", "three…"], truncated: true });
  });
});
