import { getCatalog, requireDataset, requireTable, type Catalog } from "../lib/data/catalog.ts";

/** The project's data catalog, parsed once per build; the build fails listing every data error. */
export function catalog(): Catalog {
  return getCatalog({ root: process.cwd() });
}

export { requireDataset, requireTable };
