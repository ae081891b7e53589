import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { getCatalog } from "../lib/data/catalog.ts";
import { glossaryTerms } from "../lib/glossary/terms.ts";
import { buildSearchIndex } from "../lib/search/build-index.ts";
import { datasetRecord, glossaryRecord } from "../lib/search/records.ts";

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Builds the Pagefind search index after every static build: the pages marked `data-pagefind-body` (articles,
 * notebooks, standalone pages) plus one record per dataset and per glossary term. A Pagefind error fails the build.
 */
export function pagefindSearch(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "enforcement-ledger-pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const catalog = getCatalog({ root });
        const datasets = [...catalog.datasets.values()].map(datasetRecord);
        const terms = glossaryTerms(catalog).map(glossaryRecord);
        const report = await buildSearchIndex(fileURLToPath(dir), [...datasets, ...terms]);
        logger.info(
          `indexed ${report.pages} pages (of ${report.htmlFilesRead} HTML files read), ${datasets.length} datasets and ${terms.length} glossary terms in ${report.ms} ms; ` +
            `index ${kb(report.size.indexBytes)}, search runtime ${kb(report.size.runtimeBytes)}, ${report.size.files} files in ${report.bundleDir}`,
        );
      },
    },
  };
}
