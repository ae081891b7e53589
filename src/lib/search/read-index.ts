import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** One searchable item as Pagefind stored it (a page or a custom record). */
export interface IndexedItem {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  wordCount: number;
}

/** Pagefind prefixes its decompressed files with this signature. */
const SIGNATURE = "pagefind_dcd";

/** Decompresses one Pagefind file (gzip + signature) to its payload bytes. */
export function decodePagefindFile(bytes: Uint8Array, file: string): Buffer {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString("latin1") !== SIGNATURE) throw new Error(`${file}: not a Pagefind file (missing the "${SIGNATURE}" signature)`);
  return raw.subarray(SIGNATURE.length);
}

/**
 * Reads every item in a written Pagefind bundle from its fragment files, so a test or the build can see exactly what
 * a reader's search can return.
 */
export function readIndexedItems(bundleDir: string): IndexedItem[] {
  const folder = join(bundleDir, "fragment");
  if (!existsSync(folder)) throw new Error(`${folder} does not exist: the Pagefind index was not written (run the build)`);
  const items: IndexedItem[] = [];
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith(".pf_fragment")).sort()) {
    const file = join(folder, name);
    const data = JSON.parse(decodePagefindFile(readFileSync(file), file).toString("utf8")) as {
      url: string;
      content: string;
      meta?: Record<string, string>;
      filters?: Record<string, string[]>;
      word_count?: number;
    };
    items.push({ url: data.url, content: data.content, meta: data.meta ?? {}, filters: data.filters ?? {}, wordCount: data.word_count ?? 0 });
  }
  return items.sort((a, b) => a.url.localeCompare(b.url));
}

/** Sizes of a Pagefind bundle: the JS a search page loads up front, and the index files fetched while searching. */
export interface BundleSize {
  files: number;
  totalBytes: number;
  /** pagefind.js + the WebAssembly module + entry/meta files: what the first search costs before index chunks. */
  runtimeBytes: number;
  /** Index, filter and fragment files (fetched in part, per query). */
  indexBytes: number;
  /** Default/component UI files Pagefind also writes; our search page does not load them. */
  unusedUiBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Measures a written bundle; which files count as runtime depends on the page loading `pagefind.js` without its worker. */
export function measureBundle(bundleDir: string, language = "en"): BundleSize {
  const size = { files: 0, totalBytes: 0, runtimeBytes: 0, indexBytes: 0, unusedUiBytes: 0 };
  for (const path of walk(bundleDir)) {
    const bytes = statSync(path).size;
    const name = path.slice(bundleDir.length + 1);
    size.files++;
    size.totalBytes += bytes;
    if (name === "pagefind.js" || name === "pagefind-entry.json" || name === `wasm.${language}.pagefind` || /^pagefind\.[^/]+\.pf_meta$/.test(name)) size.runtimeBytes += bytes;
    else if (/^(index|filter|fragment)\//.test(name)) size.indexBytes += bytes;
    else if (/^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.|^wasm\.unknown\./.test(name)) size.unusedUiBytes += bytes;
  }
  return size;
}
