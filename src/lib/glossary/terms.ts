import type { Catalog, Dataset } from "../data/catalog.ts";
import type { Field, Resource } from "../data/descriptor.ts";
import type { Row } from "../data/validate-table.ts";

/** The dataset the glossary is built from. */
export const GLOSSARY_DATASET = "definitions";

/** How one agency (or publisher) uses a term. */
export interface TermUsage {
  /** Who uses the term this way, e.g. "ICE", "CBP", "DHS press statements" (empty when the data does not say). */
  agency: string;
  text: string;
  /** The source of this usage when the row names one agency; null when one row holds every agency's usage. */
  sourceId: string | null;
}

/** One glossary entry, merged from every row of the definitions dataset that shares its slug. */
export interface GlossaryTerm {
  /** Anchor on the glossary page and the `slug` of `<Term>`. */
  slug: string;
  term: string;
  /** Plain-words definition. */
  definition: string;
  usages: TermUsage[];
  /** Every source id cited by the term's rows, in first-seen order. */
  sourceIds: string[];
  /** Row notes (caveats), in first-seen order. */
  notes: string[];
  /** Topic, when the dataset records one per term. */
  topic: string | null;
  /** What one unit of the term is (events, people …), when recorded. */
  unitCounted: string | null;
  /** Slugs of related terms, as recorded (may name terms not in the glossary). */
  related: string[];
  /** Row status (official, claim, estimate), in first-seen order. */
  statuses: string[];
  /** Dataset version and resource the entry was read from, for the data link. */
  version: string;
  resource: string;
  /** CSV line of the term's first row. */
  line: number;
}

/** Column names the glossary recognises, most specific first. The definitions dataset may use any of them. */
const SLUG_COLUMNS = ["slug", "term_slug", "term_id", "id"];
const TERM_COLUMNS = ["term", "name", "label"];
const DEFINITION_COLUMNS = ["definition", "plain_definition", "definition_plain", "meaning"];
const AGENCY_COLUMNS = ["agency", "used_by", "publisher", "user"];
const TOPIC_COLUMNS = ["topic"];
const UNIT_COLUMNS = ["unit_counted", "unit", "counts"];
const RELATED_COLUMNS = ["related", "related_terms", "see_also"];
const ACRONYMS = new Set(["ice", "cbp", "dhs", "ohss", "usbp", "ofo", "ero", "hsi", "eoir", "uscis", "ins", "doj"]);

function pick(fields: readonly Field[], candidates: readonly string[]): string | null {
  for (const name of candidates) if (fields.some((field) => field.name === name)) return name;
  return null;
}

/** "dhs_statements" → "DHS statements": known agency acronyms in capitals, other words as written. */
function agencyFromName(words: string): string {
  return words.split("_").filter(Boolean).map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word)).join(" ");
}

/**
 * Usage columns: one generic column (`agency_usage`, `usage`, read with an agency column) or one per agency
 * (`usage_ice`, `ice_usage`). A per-agency column is labelled by its title, else by its description
 * ("How ICE uses or counts it" → "ICE"), else by its name.
 */
function usageColumns(fields: readonly Field[]): { name: string; agency: string | null }[] {
  return fields
    .filter((field) => /(^|_)(usage|usages|use|uses|used)(_|$)/.test(field.name) && !AGENCY_COLUMNS.includes(field.name))
    .map((field) => {
      const words = field.name.replace(/(^|_)(usage|usages|use|uses|used)(_|$)/, "_").replace(/^_+|_+$/g, "");
      if (!words || ["agency", "how", "official", "term"].includes(words)) return { name: field.name, agency: null };
      const described = /^How (.+?) (?:uses|use|counts|count|defines|define)\b/.exec(field.description)?.[1];
      return { name: field.name, agency: field.title?.replace(/\s*(usage|use)\s*$/i, "") || described || agencyFromName(words) };
    });
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Reads the glossary terms a resource contributes; resources without a slug column contribute nothing. */
function readResource(resource: Resource, rows: readonly Row[], lines: readonly number[], version: string, terms: Map<string, GlossaryTerm>): void {
  const fields = resource.schema.fields;
  const slugColumn = pick(fields, SLUG_COLUMNS);
  if (!slugColumn) return;
  const termColumn = pick(fields, TERM_COLUMNS);
  const definitionColumn = pick(fields, DEFINITION_COLUMNS);
  const agencyColumn = pick(fields, AGENCY_COLUMNS);
  const topicColumn = pick(fields, TOPIC_COLUMNS);
  const unitColumn = pick(fields, UNIT_COLUMNS);
  const relatedColumn = pick(fields, RELATED_COLUMNS);
  // source_id first, then any other column naming a source (second_source_id …).
  const sourceColumns = fields.map((field) => field.name).filter((name) => /(^|_)source_id$/.test(name)).sort((a, b) => Number(b === "source_id") - Number(a === "source_id"));
  const usages = usageColumns(fields);
  rows.forEach((row, index) => {
    const slug = text(row[slugColumn]);
    if (!slug) return;
    let entry = terms.get(slug);
    if (!entry) {
      entry = { slug, term: "", definition: "", usages: [], sourceIds: [], notes: [], topic: null, unitCounted: null, related: [], statuses: [], version, resource: resource.name, line: lines[index] ?? 0 };
      terms.set(slug, entry);
    }
    if (termColumn && !entry.term) entry.term = text(row[termColumn]);
    if (definitionColumn && !entry.definition) entry.definition = text(row[definitionColumn]);
    if (topicColumn && !entry.topic) entry.topic = text(row[topicColumn]) || null;
    if (unitColumn && !entry.unitCounted) entry.unitCounted = text(row[unitColumn]) || null;
    if (relatedColumn) for (const related of text(row[relatedColumn]).split(/[;,]/).map((part) => part.trim()).filter(Boolean)) pushUnique(entry.related, related);
    const status = text(row.status);
    if (status) pushUnique(entry.statuses, status);
    for (const column of sourceColumns) {
      const id = text(row[column]);
      if (id) pushUnique(entry.sourceIds, id);
    }
    const note = text(row.note);
    if (note) pushUnique(entry.notes, note);
    const rowAgency = agencyColumn ? text(row[agencyColumn]) : "";
    for (const column of usages) {
      const usage = text(row[column.name]);
      if (!usage) continue;
      const agency = column.agency ?? rowAgency;
      // A row about one agency cites that agency's usage; a row with every agency's usage cites the entry as a whole.
      const sourceId = column.agency === null && rowAgency ? text(row.source_id) || null : null;
      if (!entry.usages.some((existing) => existing.agency === agency && existing.text === usage)) entry.usages.push({ agency, text: usage, sourceId });
    }
  });
}

/** The glossary: every term in the latest version of the definitions dataset, sorted by term. Empty when the dataset does not exist. */
export function glossaryTerms(catalog: Catalog): GlossaryTerm[] {
  const dataset: Dataset | undefined = catalog.datasets.get(GLOSSARY_DATASET);
  if (!dataset) return [];
  const terms = new Map<string, GlossaryTerm>();
  for (const resource of dataset.descriptor.resources) {
    const table = dataset.latest.tables.get(resource.name);
    if (table) readResource(resource, table.rows, table.lines, dataset.latest.version, terms);
  }
  return [...terms.values()]
    .map((entry) => ({ ...entry, term: entry.term || entry.slug }))
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }) || a.slug.localeCompare(b.slug));
}

const bySlug = new WeakMap<Catalog, Map<string, GlossaryTerm>>();

/** Glossary terms by slug, computed once per catalog (every `<Term>` on every page asks). */
export function glossaryBySlug(catalog: Catalog): Map<string, GlossaryTerm> {
  let terms = bySlug.get(catalog);
  if (!terms) {
    terms = new Map(glossaryTerms(catalog).map((entry) => [entry.slug, entry]));
    bySlug.set(catalog, terms);
  }
  return terms;
}
