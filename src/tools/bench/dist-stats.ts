import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** What a build wrote: pages, files, bytes, and the heaviest article page. */
export interface DistStats {
  htmlPages: number;
  files: number;
  bytes: number;
  /** Search index files (dist/pagefind), counted separately. */
  searchFiles: number;
  searchBytes: number;
  largestArticle: { path: string; bytes: number } | null;
  pngFiles: number;
  pngBytes: number;
}

/** Walks a dist folder. */
export function distStats(dist: string): DistStats {
  const stats: DistStats = { htmlPages: 0, files: 0, bytes: 0, searchFiles: 0, searchBytes: 0, largestArticle: null, pngFiles: 0, pngBytes: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const size = statSync(path).size;
      const rel = relative(dist, path);
      if (rel.startsWith("pagefind/")) {
        stats.searchFiles++;
        stats.searchBytes += size;
        continue;
      }
      stats.files++;
      stats.bytes += size;
      if (entry.name.endsWith(".html")) stats.htmlPages++;
      if (entry.name.endsWith(".png")) {
        stats.pngFiles++;
        stats.pngBytes += size;
      }
      if (/^articles\/[^/]+\/index\.html$/.test(rel) && size > (stats.largestArticle?.bytes ?? 0)) stats.largestArticle = { path: rel, bytes: size };
    }
  };
  walk(dist);
  return stats;
}
