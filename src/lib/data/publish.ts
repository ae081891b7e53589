import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import type { Catalog, Dataset, DatasetVersion } from "./catalog.ts";
import { creditOrder, type Source } from "./sources.ts";
import { sha256 } from "./checksum.ts";

/** The files readers can download for one dataset version, generated from data/ at build time. */
export interface PublishedFile {
  /** File name under `/data/<dataset>/<version>/`. */
  name: string;
  kind: "csv" | "json" | "descriptor" | "zip";
  mediaType: string;
  /** For CSV and JSON: the resource. */
  resource?: string;
  bytes: Uint8Array;
}

/** Sources cited by a version's rows, original agency first. */
export function versionSources(catalog: Catalog, version: DatasetVersion): Source[] {
  const ids = new Set<string>();
  for (const table of version.tables.values()) for (const row of table.rows) if (typeof row.source_id === "string" && row.source_id) ids.add(row.source_id);
  return creditOrder([...ids].map((id) => catalog.sources.get(id)).filter((source): source is Source => Boolean(source)));
}

/** The released CSV bytes, exactly as committed (never re-serialised). */
export function releasedCsv(catalog: Catalog, version: DatasetVersion, resource: string): Uint8Array {
  const file = version.files.find((candidate) => candidate.resource === resource);
  if (!file) throw new Error(`no released file for resource "${resource}" in version ${version.version}`);
  return readFileSync(join(catalog.root, file.path));
}

/** A Frictionless descriptor for one version: releases up to it, file hashes and sizes, sources expanded. */
export function publishedDescriptor(catalog: Catalog, dataset: Dataset, version: DatasetVersion, siteUrl: string): Record<string, unknown> {
  const descriptor = dataset.descriptor;
  const releases = descriptor.releases.filter((release) => dataset.versions.findIndex((v) => v.version === release.version) <= dataset.versions.indexOf(version));
  return {
    profile: "data-package",
    name: descriptor.name,
    title: descriptor.title,
    description: descriptor.description,
    version: version.version,
    created: version.date,
    homepage: `${siteUrl}data/${descriptor.name}/`,
    id: `${siteUrl}data/${descriptor.name}/${version.version}/`,
    topic: descriptor.topic,
    keywords: descriptor.keywords ?? [],
    licenses: descriptor.licenses,
    contributors: descriptor.contributors ?? [],
    caveats: descriptor.caveats ?? [],
    sources: versionSources(catalog, version).map((source) => ({
      id: source.id,
      title: source.title,
      path: source.url,
      publisher: source.publisher,
      ...(source.published ? { published: source.published } : {}),
      accessed: source.accessed,
      tier: source.tier,
      ...(source.sha256 ? { sha256: source.sha256 } : {}),
    })),
    resources: descriptor.resources.map((resource) => {
      const file = version.files.find((candidate) => candidate.resource === resource.name);
      return {
        name: resource.name,
        path: resource.path,
        title: resource.title,
        description: resource.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: file?.bytes,
        hash: file ? `sha256:${file.sha256}` : undefined,
        schema: resource.schema,
      };
    }),
    releases,
  };
}

/** JSON rendering of one table: metadata plus typed rows (years stay numbers, dates stay ISO strings). */
export function tableJson(dataset: Dataset, version: DatasetVersion, resource: string): Record<string, unknown> {
  const table = version.tables.get(resource);
  const spec = dataset.descriptor.resources.find((candidate) => candidate.name === resource);
  return {
    dataset: dataset.name,
    version: version.version,
    resource,
    fields: spec?.schema.fields.map((field) => ({ name: field.name, type: field.type, unit: field.unit, description: field.description })) ?? [],
    rows: table?.rows ?? [],
  };
}

/** README placed in the zip: what the data is, licence, caveats, and how to cite it, crediting the original producers first. */
export function readmeText(catalog: Catalog, dataset: Dataset, version: DatasetVersion, siteUrl: string, citation: string): string {
  const descriptor = dataset.descriptor;
  const sources = versionSources(catalog, version);
  const producers = [...new Set(sources.filter((source) => source.tier === "agency").map((source) => source.publisher))];
  const lines = [
    `# ${descriptor.title} (version ${version.version}, ${version.date})`,
    "",
    descriptor.description,
    "",
    "## Original producers",
    "",
    producers.length > 0 ? `The official figures in this dataset were produced by ${producers.join("; ")}.` : "This dataset holds no official agency figures; see the sources below.",
    "Each row names its source (`source_id`) and its status: official statistic, official claim, independent estimate, or missing.",
    "",
    "## Files",
    "",
    ...version.files.map((file) => `- ${file.fileName}: ${file.bytes} bytes, sha256 ${file.sha256}`),
    "- datapackage.json: Frictionless Data Package descriptor (schema, sources, releases)",
    "",
    "## Caveats",
    "",
    ...(descriptor.caveats && descriptor.caveats.length > 0 ? descriptor.caveats.map((caveat) => `- ${caveat}`) : ["- None recorded."]),
    "",
    "## Sources",
    "",
    ...sources.map((source) => `- [${source.id}] ${source.publisher}, "${source.title}"${source.published ? `, ${source.published}` : ""}. ${source.url}`),
    "",
    "## Changes in this version",
    "",
    version.changes,
    "",
    "## Licence",
    "",
    `${descriptor.licenses.map((licence) => licence.title ?? licence.name).join("; ")}. Official U.S. government figures are in the public domain; credit the original producers above first.`,
    "",
    "## How to cite",
    "",
    citation,
    "",
    `Stable URL of this version: ${siteUrl}data/${descriptor.name}/${version.version}/`,
    "",
  ];
  return lines.join("\n");
}

/** Every downloadable file for a version. The zip is deterministic: fixed timestamps from the release date. */
export function publishedFiles(catalog: Catalog, dataset: Dataset, version: DatasetVersion, siteUrl: string, citation: string): PublishedFile[] {
  const files: PublishedFile[] = [];
  for (const file of version.files) {
    files.push({ name: file.fileName, kind: "csv", mediaType: "text/csv; charset=utf-8", resource: file.resource, bytes: releasedCsv(catalog, version, file.resource) });
    files.push({ name: file.fileName.replace(/\.csv$/, ".json"), kind: "json", mediaType: "application/json", resource: file.resource, bytes: strToU8(`${JSON.stringify(tableJson(dataset, version, file.resource), null, 1)}\n`) });
  }
  const descriptorBytes = strToU8(`${JSON.stringify(publishedDescriptor(catalog, dataset, version, siteUrl), null, 2)}\n`);
  files.push({ name: "datapackage.json", kind: "descriptor", mediaType: "application/json", bytes: descriptorBytes });
  // fflate writes DOS timestamps in local time: build the date from local parts so every time zone writes the same bytes.
  const [year, month, day] = version.date.split("-").map(Number);
  const mtime = new Date(year, month - 1, day);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const folder = `${dataset.name}-${version.version}`;
  for (const file of files.filter((candidate) => candidate.kind === "csv")) entries[`${folder}/${file.name}`] = [file.bytes, { mtime }];
  entries[`${folder}/datapackage.json`] = [descriptorBytes, { mtime }];
  entries[`${folder}/README.md`] = [strToU8(readmeText(catalog, dataset, version, siteUrl, citation)), { mtime }];
  files.push({ name: `${folder}.zip`, kind: "zip", mediaType: "application/zip", bytes: zipSync(entries, { level: 9 }) });
  return files;
}

/** sha256 of a published file, for listing on the page. */
export function fileDigest(file: PublishedFile): string {
  return sha256(file.bytes);
}
