import type { Catalog } from "../data/catalog.ts";
import { componentUsage, type ContentPage } from "./mdx-usage.ts";

/** A chart and the sources its plotted rows cite. */
export interface ChartSources {
  id: string;
  title: string;
  sourceIds: readonly string[];
}

/** Who relies on one source. */
export interface SourceUsage {
  /** Datasets with at least one row (in any version) citing the source. */
  datasets: { name: string; title: string; versions: string[] }[];
  /** Pages citing it with `<Note source>` (`note`) and/or drawing on a dataset that cites it (dataset names). */
  pages: { page: ContentPage; note: boolean; viaDatasets: string[] }[];
  charts: { id: string; title: string }[];
}

/** Every source id cited by each dataset, per version, read from the rows' `source_id` column. */
function datasetCitations(catalog: Catalog): Map<string, Map<string, string[]>> {
  const citations = new Map<string, Map<string, string[]>>();
  for (const dataset of catalog.datasets.values()) {
    const bySource = new Map<string, string[]>();
    for (const version of dataset.versions) {
      for (const table of version.tables.values()) {
        for (const row of table.rows) {
          const id = typeof row.source_id === "string" ? row.source_id : "";
          if (!id) continue;
          const versions = bySource.get(id) ?? [];
          if (!versions.includes(version.version)) versions.push(version.version);
          bySource.set(id, versions);
        }
      }
    }
    citations.set(dataset.name, bySource);
  }
  return citations;
}

/** For every source in the registry: the datasets, pages and charts that rely on it. */
export function sourceUsage(catalog: Catalog, pages: readonly ContentPage[], charts: readonly ChartSources[]): Map<string, SourceUsage> {
  const usage = new Map<string, SourceUsage>();
  for (const id of catalog.sources.keys()) usage.set(id, { datasets: [], pages: [], charts: [] });
  const citations = datasetCitations(catalog);
  for (const [name, bySource] of citations) {
    const title = catalog.datasets.get(name)!.descriptor.title;
    for (const [id, versions] of bySource) usage.get(id)?.datasets.push({ name, title, versions });
  }
  const notes = componentUsage(pages, "Note", "source");
  for (const page of pages) {
    for (const [id, entry] of usage) {
      const note = notes.get(id)?.includes(page) ?? false;
      const viaDatasets = page.datasets.filter((name) => citations.get(name)?.has(id));
      if (note || viaDatasets.length > 0) entry.pages.push({ page, note, viaDatasets });
    }
  }
  for (const chart of charts) {
    for (const id of chart.sourceIds) usage.get(id)?.charts.push({ id: chart.id, title: chart.title });
  }
  return usage;
}
