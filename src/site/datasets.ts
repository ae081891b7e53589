import { catalog } from "./catalog.ts";
import { charts } from "./charts.ts";
import { chartSelections } from "../lib/charts/define.ts";
import { publishedFiles, versionSources, type PublishedFile } from "../lib/data/publish.ts";
import { datasetCitation } from "./citations.ts";
import { absoluteUrl } from "./paths.ts";
import type { Dataset, DatasetVersion } from "../lib/data/catalog.ts";

const filesCache = new Map<string, PublishedFile[]>();

/** The downloadable files of a dataset version, generated once per build. */
export function filesFor(dataset: Dataset, version: DatasetVersion): PublishedFile[] {
  const key = `${dataset.name}@${version.version}`;
  let files = filesCache.get(key);
  if (!files) {
    const data = catalog();
    const citation = datasetCitation(dataset, version.version, versionSources(data, version)).text;
    files = publishedFiles(data, dataset, version, absoluteUrl("/"), citation);
    filesCache.set(key, files);
  }
  return files;
}

/** Chart ids that plot a dataset (any version), with the versions they pin. */
export function chartsUsing(name: string): { id: string; title: string; version: string }[] {
  const uses: { id: string; title: string; version: string }[] = [];
  for (const [id, definition] of charts()) {
    for (const selection of chartSelections(definition)) {
      if (selection.dataset === name && !uses.some((use) => use.id === id)) uses.push({ id, title: definition.title, version: selection.version });
    }
  }
  return uses;
}
