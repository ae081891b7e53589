import type { CollectionEntry } from "astro:content";
import { buildCitation, type Citation } from "../lib/cite/citation.ts";
import { absoluteUrl } from "./paths.ts";
import { buildInfo } from "./build-info.ts";
import { isoDate } from "./content.ts";
import type { Dataset } from "../lib/data/catalog.ts";
import type { Source } from "../lib/data/sources.ts";

/** Citation of an article, with schema.org Article JSON-LD. */
export function articleCitation(entry: CollectionEntry<"articles"> | CollectionEntry<"pages">, path: string): Citation & { jsonLd: Record<string, unknown> } {
  const url = absoluteUrl(path);
  const citation = buildCitation({ kind: "article", id: entry.id, title: entry.data.title, authors: entry.data.authors, issued: isoDate(entry.data.published), url, accessed: buildInfo().date });
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: entry.data.title,
    description: entry.data.dek,
    datePublished: isoDate(entry.data.published),
    dateModified: isoDate(entry.data.updated ?? entry.data.published),
    author: entry.data.authors.map((name) => ({ "@type": "Organization", name })),
    publisher: { "@type": "Organization", name: "Enforcement Ledger" },
    url,
    isBasedOn: entry.data.datasets.map((name) => absoluteUrl(`/data/${name}/`)),
  };
  return { ...citation, jsonLd };
}

/** Citation of one dataset version, crediting the original producers first. */
export function datasetCitation(dataset: Dataset, version: string, sources: Source[]): Citation {
  const release = dataset.versions.find((candidate) => candidate.version === version) ?? dataset.latest;
  const producers = [...new Set(sources.filter((source) => source.tier === "agency").map((source) => source.publisher))];
  return buildCitation({
    kind: "dataset",
    id: dataset.name,
    title: dataset.descriptor.title,
    authors: (dataset.descriptor.contributors ?? [{ title: "Enforcement Ledger" }]).map((contributor) => contributor.title),
    issued: release.date,
    version: release.version,
    url: absoluteUrl(`/data/${dataset.name}/${release.version}/`),
    accessed: buildInfo().date,
    producers,
  });
}
