import type { Catalog } from "../lib/data/catalog.ts";

/** One dataset release, for the home page, the changelog page and the data feed. */
export interface ReleaseEntry {
  dataset: string;
  title: string;
  version: string;
  date: string;
  changes: string;
}

/** Every release of every dataset, newest first (ties broken by dataset name and version). */
export function dataReleases(catalog: Catalog): ReleaseEntry[] {
  const entries: ReleaseEntry[] = [];
  for (const dataset of catalog.datasets.values()) {
    for (const version of dataset.versions) {
      entries.push({ dataset: dataset.name, title: dataset.descriptor.title, version: version.version, date: version.date, changes: version.changes });
    }
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.dataset.localeCompare(b.dataset) || b.version.localeCompare(a.version, undefined, { numeric: true }));
}
