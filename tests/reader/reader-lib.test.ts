// The pure modules behind the reader pages: Atom rendering, changelog order, sitemap routes, and the glossary's
// tolerance of the definitions dataset's column names.
import { describe, expect, it } from "vitest";
import type { Catalog, Dataset } from "../../src/lib/data/catalog.ts";
import type { Field } from "../../src/lib/data/descriptor.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";
import { escapeXml, renderAtom } from "../../src/lib/feeds/atom.ts";
import { glossaryTerms } from "../../src/lib/glossary/terms.ts";
import { buildChangelog } from "../../src/lib/reader/changelog.ts";
import { fillRoute, routePattern, sitemapPaths } from "../../src/lib/reader/sitemap.ts";
import { parseXml } from "./helpers.ts";

describe("renderAtom", () => {
  const feed = {
    title: "Feed & <friends>",
    subtitle: "Quotes \" and ' apostrophes",
    selfUrl: "https://example.org/ledger/feeds/a.xml",
    siteUrl: "https://example.org/ledger/",
    author: "Enforcement Ledger",
    fallbackUpdated: "2026-01-01",
    entries: [
      { url: "https://example.org/ledger/a/", title: "A < B", published: "2026-11-27", updated: "2026-12-03", summary: "x\u0001y" },
      { url: "https://example.org/ledger/b/", title: "B", published: "2026-11-30", summary: "z" },
    ],
  };

  it("escapes markup and drops characters XML forbids, so the feed parses", () => {
    const document = parseXml(renderAtom(feed), "feed");
    expect(document.querySelector("title")!.textContent).toBe("Feed & <friends>");
    expect(document.querySelectorAll("entry")[0].querySelector("summary")!.textContent).toBe("xy");
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });

  it("takes the feed date from its newest entry, or the fallback when it has none", () => {
    expect(renderAtom(feed)).toContain("<updated>2026-12-03T00:00:00Z</updated>\n  <author>");
    expect(renderAtom({ ...feed, entries: [] })).toContain("<updated>2026-01-01T00:00:00Z</updated>");
  });

  it("refuses relative links and malformed dates", () => {
    expect(() => renderAtom({ ...feed, entries: [{ ...feed.entries[1], url: "/b/" }] })).toThrow(/entry "B" URL "\/b\/" is not an absolute/);
    expect(() => renderAtom({ ...feed, entries: [{ ...feed.entries[1], published: "2026-11" }] })).toThrow(/"2026-11" is not YYYY-MM-DD/);
  });
});

describe("buildChangelog", () => {
  it("puts the newest first, a correction before a release of the same day, and links each to what changed", () => {
    const entries = buildChangelog(
      [{ date: "2026-12-01", text: "Fixed a year.", pageTitle: "Article A", pagePath: "/articles/a/" }],
      [
        { dataset: "ice-removals", title: "ICE removals", version: "1.0.0", date: "2026-11-27", changes: "First release." },
        { dataset: "ice-removals", title: "ICE removals", version: "1.0.1", date: "2026-12-01", changes: "Corrected FY2024." },
      ],
    );
    expect(entries.map((entry) => [entry.date, entry.kind, entry.path])).toEqual([
      ["2026-12-01", "correction", "/articles/a/#corrections"],
      ["2026-12-01", "release", "/data/ice-removals/#v1.0.1"],
      ["2026-11-27", "release", "/data/ice-removals/#v1.0.0"],
    ]);
  });
});

describe("sitemap routes", () => {
  it("maps page files to route patterns and fills them from params", () => {
    expect(routePattern("./index.astro")).toBe("/");
    expect(routePattern("./data/[dataset]/[version]/index.astro")).toBe("/data/[dataset]/[version]/");
    expect(routePattern("./[page].astro")).toBe("/[page]/");
    expect(fillRoute("/data/[dataset]/[version]/", { dataset: "x", version: "1.0.0" })).toBe("/data/x/1.0.0/");
    expect(fillRoute("/docs/[...rest]/", {})).toBe("/docs/");
    expect(() => fillRoute("/data/[dataset]/", {})).toThrow(/no value for \[dataset\]/);
  });

  it("expands dynamic routes with their getStaticPaths and leaves out pages that declare noindex", async () => {
    const published = new Date("2026-11-27T00:00:00Z");
    const modules = {
      "./index.astro": {},
      "./404.astro": {},
      "./articles/[slug].astro": { getStaticPaths: async () => [{ params: { slug: "b" }, props: { entry: { data: { published } } } }, { params: { slug: "a" } }] },
      "./charts/[id]/embed.astro": { getStaticPaths: () => [{ params: { id: "c" } }] },
    };
    const sources = { "./404.astro": `<Base title="x" noindex>`, "./charts/[id]/embed.astro": `<meta name="robots" content="noindex" />` };
    expect(await sitemapPaths(modules, sources)).toEqual([{ path: "/" }, { path: "/articles/a/", lastmod: undefined }, { path: "/articles/b/", lastmod: "2026-11-27" }]);
  });
});

describe("glossaryTerms", () => {
  const field = (name: string, title?: string): Field => ({ name, type: "string", description: `The ${name} column.`, ...(title ? { title } : {}) });
  function catalogWith(fields: Field[], rows: Row[]): Catalog {
    const resource = { name: "terms", path: "terms.csv", title: "Terms", description: "Terms table.", schema: { fields, primaryKey: fields[0].name } };
    const table = { columns: fields.map((entry) => entry.name), rows, lines: rows.map((_, index) => index + 2) };
    const version = { version: "1.2.0", date: "2026-11-27", changes: "x", files: [], tables: new Map([["terms", table]]) };
    const dataset = { name: "definitions", dir: "data/definitions", descriptor: { resources: [resource] }, versions: [version], latest: version, sourceIds: [] } as unknown as Dataset;
    return { root: "/", datasets: new Map([["definitions", dataset]]), sources: new Map(), issues: [] };
  }

  it("merges rows that share a slug, one usage per agency row", () => {
    const catalog = catalogWith(
      [field("slug"), field("term"), field("definition"), field("agency"), field("agency_usage"), field("source_id"), field("note")],
      [
        { slug: "removal", term: "Removal", definition: "Moved out under an order.", agency: "ICE", agency_usage: "Counts its own.", source_id: "s1", note: null },
        { slug: "removal", term: "Removal", definition: "Moved out under an order.", agency: "DHS", agency_usage: "Adds returns.", source_id: "s2", note: "Press releases." },
        { slug: "encounter", term: "encounter", definition: "A CBP event.", agency: "CBP", agency_usage: "Events, not people.", source_id: "s1", note: null },
      ],
    );
    const terms = glossaryTerms(catalog);
    expect(terms.map((term) => term.slug)).toEqual(["encounter", "removal"]);
    expect(terms[1]).toMatchObject({ term: "Removal", sourceIds: ["s1", "s2"], notes: ["Press releases."], version: "1.2.0", resource: "terms", line: 2 });
    expect(terms[1].usages).toEqual([{ agency: "ICE", text: "Counts its own.", sourceId: "s1" }, { agency: "DHS", text: "Adds returns.", sourceId: "s2" }]);
  });

  it("reads per-agency usage columns (ice_usage, cbp_usage) and other names for the term columns", () => {
    const catalog = catalogWith(
      [field("term_id"), field("name"), field("plain_definition"), field("ice_usage", "ICE usage"), field("cbp_usage"), field("source_id")],
      [{ term_id: "book-in", name: "Book-in", plain_definition: "Entry into detention.", ice_usage: "Each admission.", cbp_usage: null, source_id: "s3" }],
    );
    expect(glossaryTerms(catalog)).toMatchObject([{ slug: "book-in", term: "Book-in", definition: "Entry into detention.", usages: [{ agency: "ICE", text: "Each admission." }] }]);
  });

  it("is empty when there is no definitions dataset", () => {
    expect(glossaryTerms({ root: "/", datasets: new Map(), sources: new Map(), issues: [] })).toEqual([]);
  });
});
