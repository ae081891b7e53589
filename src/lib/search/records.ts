import type { Dataset } from "../data/catalog.ts";
import type { GlossaryTerm } from "../glossary/terms.ts";

/** The kinds of thing the search covers, as the `type` filter names them, with the labels the search page shows. */
export const SEARCH_TYPES = {
  article: "Articles",
  notebook: "Notebooks",
  page: "Pages",
  dataset: "Datasets",
  glossary: "Glossary terms",
} as const;
export type SearchType = keyof typeof SEARCH_TYPES;

/** A Pagefind custom record (a searchable item with no HTML page of its own in the index). */
export interface SearchRecord {
  /** Site-absolute URL without the base path; Pagefind's client prefixes the base path it is served from. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One record per dataset: title, description, caveats, and every table and field with its description and unit. */
export function datasetRecord(dataset: Dataset): SearchRecord {
  const { descriptor } = dataset;
  const parts = [sentence(descriptor.title), sentence(descriptor.description)];
  if (descriptor.keywords?.length) parts.push(`Keywords: ${descriptor.keywords.join(", ")}.`);
  for (const caveat of descriptor.caveats ?? []) parts.push(sentence(caveat));
  for (const resource of descriptor.resources) {
    parts.push(`Table ${resource.title}: ${sentence(resource.description)}`);
    for (const field of resource.schema.fields) {
      const label = field.title && field.title !== field.name ? `${field.title} (${field.name})` : field.name;
      parts.push(`${label}${field.unit ? `, in ${field.unit}` : ""}: ${sentence(field.description)}`);
    }
  }
  return {
    url: `/data/${dataset.name}/`,
    content: parts.join(" "),
    language: "en",
    meta: { title: descriptor.title, version: dataset.latest.version },
    filters: { type: ["dataset"], topic: [descriptor.topic] },
  };
}

/** One record per glossary term: the term, its plain definition and how each agency uses it. */
export function glossaryRecord(term: GlossaryTerm): SearchRecord {
  const parts = [sentence(term.term), sentence(term.definition)];
  for (const usage of term.usages) parts.push(usage.agency ? `${usage.agency}: ${sentence(usage.text)}` : sentence(usage.text));
  const filters: Record<string, string[]> = { type: ["glossary"] };
  if (term.topic) filters.topic = [term.topic];
  return {
    url: `/glossary/#${term.slug}`,
    content: parts.join(" "),
    language: "en",
    meta: { title: term.term },
    filters,
  };
}
