import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvFormatRows } from "d3-dsv";
import { TOPICS, type Descriptor, type Field, type Topic } from "../data/descriptor.ts";
import { sha256 } from "../data/checksum.ts";
import { PLACEHOLDER } from "../check/release-rules.ts";
import { ScaffoldError, checkDate, checkKebab, type ScaffoldResult } from "./args.ts";
import { parseFieldSpec } from "./fields.ts";

export interface NewDatasetOptions {
  name: string;
  title: string;
  topic: string;
  resource: string;
  /** `name:type[:unit]` list, comma-separated. */
  fields: string;
  /** Primary key columns; defaults to the first column plus source_id. */
  key?: string[];
  description?: string;
  resourceTitle?: string;
  resourceDescription?: string;
  keywords?: string[];
  /** Column descriptions given on the command line. */
  descriptions?: Map<string, string>;
  /** Release date of 1.0.0 (YYYY-MM-DD). */
  date: string;
}

/** Builds the descriptor of a new dataset with one empty table and its first release entry. */
export function newDescriptor(options: NewDatasetOptions, fields: Field[], files: Record<string, { bytes: number; sha256: string }>): Descriptor {
  const key = options.key ?? [fields[0].name, "source_id"].filter((name, index, list) => list.indexOf(name) === index);
  for (const name of key) if (!fields.some((field) => field.name === name)) throw new ScaffoldError(`--key names "${name}", which is not a column; columns: ${fields.map((field) => field.name).join(", ")}`);
  return {
    name: options.name,
    title: options.title,
    description: options.description ?? `${PLACEHOLDER} a paragraph saying what the data counts, who counted it and over which period.`,
    topic: options.topic as Topic,
    keywords: options.keywords ?? [],
    licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    contributors: [{ title: "Enforcement Ledger", role: "author" }],
    caveats: [`${PLACEHOLDER} one sentence a reader needs before using these figures (add one per caveat).`],
    resources: [
      {
        name: options.resource,
        path: `${options.resource}.csv`,
        title: options.resourceTitle ?? options.title,
        description: options.resourceDescription ?? `${PLACEHOLDER} what one row is (e.g. one row per fiscal year and source).`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: { fields, primaryKey: key },
      },
    ],
    releases: [{ version: "1.0.0", date: options.date, changes: "First release.", files }],
  };
}

/**
 * Creates `data/<name>/datapackage.json` and `data/<name>/1.0.0/<resource>.csv` (header only), with the
 * provenance columns, licence, primary key and a first release entry whose checksum matches the empty table.
 */
export function createDataset(root: string, options: NewDatasetOptions): ScaffoldResult {
  checkKebab(options.name, "name");
  checkKebab(options.resource, "resource");
  checkDate(options.date);
  if (!(TOPICS as readonly string[]).includes(options.topic)) throw new ScaffoldError(`--topic "${options.topic}" is not a topic; expected one of ${TOPICS.join(", ")}`);
  if (options.title.trim().length < 5) throw new ScaffoldError(`--title is too short; say what is counted and by whom, e.g. "ICE removals by fiscal year"`);
  const dir = `data/${options.name}`;
  if (existsSync(join(root, dir))) throw new ScaffoldError(`${dir} already exists; to change that dataset, publish a new version: npm run data:version -- --dataset ${options.name} --bump minor --changes "…"`);
  const fields = parseFieldSpec(options.fields, options.descriptions);
  const csvPath = `${dir}/1.0.0/${options.resource}.csv`;
  const csv = `${csvFormatRows([fields.map((field) => field.name)])}\n`;
  const descriptor = newDescriptor(options, fields, { [options.resource]: { bytes: Buffer.byteLength(csv), sha256: sha256(csv) } });
  mkdirSync(join(root, dir, "1.0.0"), { recursive: true });
  writeFileSync(join(root, dir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  writeFileSync(join(root, csvPath), csv);
  const placeholders = JSON.stringify(descriptor).split(PLACEHOLDER).length - 1;
  return {
    created: [`${dir}/datapackage.json`, csvPath],
    changed: [],
    details: [`Columns: ${fields.map((field) => `${field.name} (${field.type}${field.unit ? `, ${field.unit}` : ""})`).join(", ")}`, `Primary key: ${descriptor.resources[0].schema.primaryKey.toString()}`],
    next: [
      `Add every document you read figures from to the sources registry, data/sources/${options.topic}.csv (one row per source: id, publisher, title, url, published, accessed, tier, sha256, note).`,
      `Add rows to ${csvPath}: one row per figure, with status (official, claim, estimate or missing) and source_id on every row, and source_locator where you read it from a file.`,
      `Replace the ${placeholders} "${PLACEHOLDER}" placeholder(s) in ${dir}/datapackage.json (description, caveats, column descriptions).`,
      `Record the file's size and checksum: npm run data:release -- --dataset ${options.name}`,
      "Run npm run check and fix anything it reports.",
    ],
  };
}
