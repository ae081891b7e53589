// The indexing step the build runs (src/integrations/pagefind.ts → buildSearchIndex), on a tiny site in a
// temporary folder: what it writes, what it leaves out, and that it throws (failing the build) when indexing fails.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/lib/search/build-index.ts";
import { readIndexedItems } from "../../src/lib/search/read-index.ts";
import type { SearchRecord } from "../../src/lib/search/records.ts";

const folders: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "reader-search-"));
  folders.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "index.html"), html);
  }
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const article = `<!doctype html><html lang="en"><head><title>A</title></head><body><nav>Menu words</nav>
<article data-pagefind-body data-pagefind-filter="type:article"><p class="meta"><span data-pagefind-filter="topic">enforcement</span> · 5 min read</p>
<h1>Removals explained</h1><p>ICE counts removals by fiscal year.</p>
<figure class="chart"><svg><text>tick label 2024</text></svg><p>Takeaway: removals rose.</p><details><summary>Data table</summary><table><tr><td>271484</td></tr></table></details></figure>
<details class="cite"><summary>Cite</summary><pre>@online{bibtex}</pre></details></article></body></html>`;
const record: SearchRecord = { url: "/data/ice-removals/", content: "ICE removals dataset. fiscal_year: Federal fiscal year.", language: "en", meta: { title: "ICE removals" }, filters: { type: ["dataset"], topic: ["enforcement"] } };

describe("buildSearchIndex", () => {
  it("indexes marked pages and custom records, and skips chrome, charts' SVG and tables, and citations", async () => {
    const dir = site({ "": "<!doctype html><html lang=\"en\"><body><h1>Home</h1></body></html>", "articles/removals": article });
    const report = await buildSearchIndex(dir, [record]);
    expect(report).toMatchObject({ htmlFilesRead: 2, pages: 1, records: 1 });
    const items = readIndexedItems(join(dir, "pagefind"));
    expect(items.map((item) => item.url)).toEqual(["/articles/removals/", "/data/ice-removals/"]);
    const page = items[0];
    expect(page.filters).toEqual({ type: ["article"], topic: ["enforcement"] });
    expect(page.meta.title).toBe("Removals explained");
    expect(page.content).toContain("ICE counts removals by fiscal year.");
    expect(page.content).toContain("Takeaway: removals rose.");
    for (const left of ["Menu words", "tick label", "271484", "bibtex", "min read"]) expect(page.content).not.toContain(left);
    expect(items[1]).toMatchObject({ url: record.url, meta: record.meta, filters: record.filters });
  });

  it("writes only what the search page loads (no ready-made UI, no worker)", async () => {
    const dir = site({ "articles/removals": article });
    const report = await buildSearchIndex(dir, []);
    const top = readdirSync(join(dir, "pagefind")).sort();
    expect(top).toContain("pagefind.js");
    expect(top).toContain("wasm.en.pagefind");
    expect(top.filter((name) => /ui|worker|highlight|unknown/.test(name))).toEqual([]);
    expect(report.size.unusedUiBytes).toBe(0);
    expect(report.size.runtimeBytes).toBeGreaterThan(0);
    expect(report.size.totalBytes).toBe(report.size.runtimeBytes + report.size.indexBytes);
  });

  it("throws, failing the build, when no page carries data-pagefind-body", async () => {
    const dir = site({ "": "<!doctype html><html lang=\"en\"><body><h1>Home</h1></body></html>" });
    await expect(buildSearchIndex(dir, [record])).rejects.toThrow(/no HTML page under .* is marked data-pagefind-body/);
  });
});
