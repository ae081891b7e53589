import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { measureBundle, readIndexedItems, type BundleSize } from "./read-index.ts";
import type { SearchRecord } from "./records.ts";

/** Parts of indexed pages that are navigation, machinery or repetition rather than content. */
export const EXCLUDED_SELECTORS = [
  "svg", // chart tick labels: the takeaway and data table carry the figures in words
  ".meta", // bylines, dates, reading time (the topic filter inside still registers)
  ".toc",
  ".cite", // citation block: BibTeX and CSL-JSON would match every query for "Enforcement Ledger"
  // A chart's data table and source code: the rows live in the dataset (searchable by its fields), and indexing
  // them tripled the size of the fragments a reader downloads for each result. The takeaway stays indexed.
  "figure.chart details",
  ".chart-tools",
  ".no-print",
];

/** Pagefind writes its ready-made UIs and a web worker too; the search page uses none of them (see src/pages/search.astro). */
const UNUSED_FILES = /^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)|wasm\.unknown\.pagefind)$/;

export interface SearchIndexReport {
  /** HTML files Pagefind read (it indexes only those marked data-pagefind-body). */
  htmlFilesRead: number;
  /** Pages in the index (HTML pages with data-pagefind-body). */
  pages: number;
  /** Custom records (datasets, glossary terms) in the index. */
  records: number;
  bundleDir: string;
  size: BundleSize;
  ms: number;
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join("\n  ")}`);
}

/** HTML files under `dir` that mark their content with data-pagefind-body (Pagefind then indexes only those). */
function markedPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/") && /\sdata-pagefind-body[\s>=]/.test(readFileSync(join(dir, file), "utf8")));
}

/**
 * Indexes the built site at `siteDir` plus the custom records, writes the bundle to `<siteDir>/pagefind/`, then
 * reads it back to confirm every record and at least one page made it in. Throws on any Pagefind error.
 */
export async function buildSearchIndex(siteDir: string, records: readonly SearchRecord[]): Promise<SearchIndexReport> {
  const started = performance.now();
  const bundleDir = join(siteDir, "pagefind");
  // Without any data-pagefind-body, Pagefind would index every page whole (menus, footers, data tables): refuse.
  const marked = markedPages(siteDir);
  if (marked.length === 0) fail("pre-check", [`no HTML page under ${siteDir} is marked data-pagefind-body; expected the article, notebook and page layout (src/layouts/Article.astro) to mark its content`]);
  try {
    const created = await pagefind.createIndex({ forceLanguage: "en", excludeSelectors: EXCLUDED_SELECTORS });
    if (created.errors.length > 0 || !created.index) fail("createIndex", created.errors);
    const index = created.index;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail("addDirectory", added.errors);
    for (const record of records) {
      const response = await index.addCustomRecord({ ...record });
      if (response.errors.length > 0) fail(`addCustomRecord(${record.url})`, response.errors);
    }
    const output = await index.getFiles();
    if (output.errors.length > 0) fail("getFiles", output.errors);
    rmSync(bundleDir, { recursive: true, force: true });
    for (const file of output.files) {
      if (UNUSED_FILES.test(file.path)) continue;
      const path = join(bundleDir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    const items = readIndexedItems(bundleDir);
    const urls = new Set(items.map((item) => item.url));
    const lost = records.filter((record) => !urls.has(record.url)).map((record) => record.url);
    if (lost.length > 0) fail("verification", [`records missing from the written index: ${lost.join(", ")}`]);
    const recordUrls = new Set(records.map((record) => record.url));
    const pages = items.filter((item) => !recordUrls.has(item.url)).length;
    if (pages !== marked.length) fail("verification", [`${marked.length} pages are marked data-pagefind-body but ${pages} were indexed`]);
    return { htmlFilesRead: added.page_count, pages, records: records.length, bundleDir, size: measureBundle(bundleDir), ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
