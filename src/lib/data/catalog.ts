import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { sha256 } from "./checksum.ts";
import { descriptorSchema, parseJsonWithSchema, positionOf, type Descriptor, type Release, type Resource } from "./descriptor.ts";
import { ValidationError, hasErrors, type Issue } from "./issues.ts";
import { decodeUtf8, streamCsv } from "./parse-csv.ts";
import { compareVersions } from "./semver.ts";
import { parseSourcesFile, type Source } from "./sources.ts";
import { asList, checkResourceSchema, TableValidator, type Row, type TypedTable } from "./validate-table.ts";

/** One released file: where it lives and the checksum it was released with. */
export interface ReleasedFile {
  resource: string;
  /** Repository-relative path, e.g. `data/ice-removals/1.0.0/removals.csv`. */
  path: string;
  /** File name, e.g. `removals.csv`. */
  fileName: string;
  bytes: number;
  sha256: string;
}

/** One immutable version of a dataset with its typed tables. */
export interface DatasetVersion {
  version: string;
  date: string;
  changes: string;
  files: ReleasedFile[];
  /** Typed tables by resource name. */
  tables: Map<string, TypedTable>;
}

/** A dataset: its descriptor and every released version, oldest first. */
export interface Dataset {
  name: string;
  /** Repository-relative folder, e.g. `data/ice-removals`. */
  dir: string;
  descriptor: Descriptor;
  versions: DatasetVersion[];
  latest: DatasetVersion;
  /** Source ids cited by the latest version's rows, in first-seen order. */
  sourceIds: string[];
}

export interface Catalog {
  /** Absolute path of the repository root. */
  root: string;
  datasets: Map<string, Dataset>;
  sources: Map<string, Source>;
  issues: Issue[];
}

export interface LoadOptions {
  /** Repository root (defaults to the current directory). */
  root?: string;
  /** Folder holding the catalog, relative to root (defaults to `data`). */
  dataDir?: string;
}

/** Loads the sources registry from `<dataDir>/sources/*.csv`. */
export function loadSources(root: string, dataDir = "data"): { sources: Map<string, Source>; issues: Issue[] } {
  const folder = join(root, dataDir, "sources");
  const sources = new Map<string, Source>();
  const issues: Issue[] = [];
  if (!existsSync(folder)) return { sources, issues: [{ file: `${dataDir}/sources`, line: 0, column: 0, message: "the sources registry folder is missing; expected CSV files of sources" }] };
  const seen = new Map<string, string>();
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith(".csv")).sort()) {
    const file = `${dataDir}/sources/${name}`;
    const decoded = decodeUtf8(readFileSync(join(folder, name)), file);
    issues.push(...decoded.issues);
    if (decoded.text === null) continue;
    const parsed = parseSourcesFile(decoded.text, file, seen);
    issues.push(...parsed.issues);
    for (const source of parsed.sources) if (!sources.has(source.id)) sources.set(source.id, source);
  }
  return { sources, issues };
}

/** Names of the dataset folders under the data directory (every folder with a datapackage.json). */
export function listDatasetNames(root: string, dataDir = "data"): string[] {
  const folder = join(root, dataDir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((entry) => entry !== "sources" && statSync(join(folder, entry)).isDirectory() && existsSync(join(folder, entry, "datapackage.json")))
    .sort();
}

/** Loads one dataset: descriptor, every version's files (checksummed) and typed tables. */
export function loadDataset(root: string, name: string, sources: ReadonlyMap<string, Source>, dataDir = "data"): { dataset: Dataset | null; issues: Issue[] } {
  const dir = `${dataDir}/${name}`;
  const descriptorFile = `${dir}/datapackage.json`;
  const descriptorText = readFileSync(join(root, descriptorFile), "utf8");
  const { value: descriptor, issues } = parseJsonWithSchema(descriptorText, descriptorFile, descriptorSchema);
  if (!descriptor) return { dataset: null, issues };
  const at = (needle: string) => ({ file: descriptorFile, ...positionOf(descriptorText, Math.max(0, descriptorText.indexOf(needle))) });

  if (descriptor.name !== name) issues.push({ ...at(`"name"`), message: `name "${descriptor.name}" does not match the folder name "${name}"` });
  for (const resource of descriptor.resources) {
    for (const issue of checkResourceSchema(resource, descriptorFile)) issues.push({ ...issue, ...at(`"${resource.name}"`) });
    if (resource.path !== `${resource.name}.csv`) issues.push({ ...at(`"${resource.path}"`), message: `resource "${resource.name}" path is "${resource.path}"; expected "${resource.name}.csv"` });
  }
  const sourceIds = new Set(sources.keys());
  const releases = [...descriptor.releases];
  const versions: DatasetVersion[] = [];
  for (let i = 1; i < releases.length; i++) {
    if (compareVersions(releases[i - 1].version, releases[i].version) >= 0) {
      issues.push({ ...at(`"${releases[i].version}"`), message: `release ${releases[i].version} is listed after ${releases[i - 1].version}; releases must be listed oldest first with increasing versions` });
    }
  }
  const released = new Set(releases.map((release) => release.version));
  for (const entry of readdirSync(join(root, dir))) {
    if (/^\d+\.\d+\.\d+$/.test(entry) && !released.has(entry)) {
      issues.push({ file: `${dir}/${entry}`, line: 0, column: 0, message: `version folder ${entry} has no entry in datapackage.json "releases"; add one with a changelog entry (npm run data:release -- --dataset ${name})` });
    }
  }
  for (const release of releases) {
    const version = loadVersion(root, dir, descriptor, release, sourceIds, issues, at);
    if (version) versions.push(version);
  }
  if (versions.length === 0) return { dataset: null, issues };
  const latest = versions[versions.length - 1];
  const cited: string[] = [];
  for (const table of latest.tables.values()) {
    for (const row of table.rows) {
      const id = row.source_id;
      if (typeof id === "string" && id && !cited.includes(id)) cited.push(id);
    }
  }
  return { dataset: { name, dir, descriptor, versions, latest, sourceIds: cited }, issues };
}

function loadVersion(
  root: string,
  dir: string,
  descriptor: Descriptor,
  release: Release,
  sourceIds: ReadonlySet<string>,
  issues: Issue[],
  at: (needle: string) => Pick<Issue, "file" | "line" | "column">,
): DatasetVersion | null {
  const folder = `${dir}/${release.version}`;
  if (!existsSync(join(root, folder))) {
    issues.push({ ...at(`"${release.version}"`), message: `release ${release.version} has no folder ${folder}/` });
    return null;
  }
  const files: ReleasedFile[] = [];
  const tables = new Map<string, TypedTable>();
  const expected = new Set(descriptor.resources.map((resource) => resource.path));
  for (const entry of readdirSync(join(root, folder))) {
    if (!expected.has(entry)) issues.push({ file: `${folder}/${entry}`, line: 0, column: 0, message: `file is not a resource of ${descriptor.name}; expected only ${[...expected].join(", ")}` });
  }
  for (const resource of descriptor.resources) {
    const path = `${folder}/${resource.path}`;
    const recorded = release.files[resource.name];
    if (!existsSync(join(root, path))) {
      issues.push({ file: path, line: 0, column: 0, message: `release ${release.version} lists resource "${resource.name}" but the file is missing` });
      continue;
    }
    const bytes = readFileSync(join(root, path));
    const digest = sha256(bytes);
    if (!recorded) {
      issues.push({ ...at(`"${release.version}"`), message: `release ${release.version} has no checksum for "${resource.name}"; run npm run data:release -- --dataset ${descriptor.name}` });
    } else if (recorded.sha256 !== digest || recorded.bytes !== bytes.length) {
      issues.push({
        file: path,
        line: 0,
        column: 0,
        message: `bytes differ from release ${release.version}: recorded sha256 ${recorded.sha256.slice(0, 12)}… (${recorded.bytes} bytes), found ${digest.slice(0, 12)}… (${bytes.length} bytes). Released files never change: publish a new version (npm run data:version -- --dataset ${descriptor.name})`,
      });
    }
    files.push({ resource: resource.name, path, fileName: resource.path, bytes: bytes.length, sha256: recorded?.sha256 ?? digest });
    const table = readTable(bytes, path, resource, sourceIds, issues);
    if (table) tables.set(resource.name, table);
  }
  for (const name of Object.keys(release.files)) {
    if (!descriptor.resources.some((resource) => resource.name === name)) issues.push({ ...at(`"${name}"`), message: `release ${release.version} records a checksum for "${name}", which is not a resource` });
  }
  checkForeignKeys(descriptor, tables, folder, issues);
  return { version: release.version, date: release.date, changes: release.changes, files, tables };
}

/** Decodes, parses and validates one CSV file against its resource schema. */
export function readTable(bytes: Uint8Array, file: string, resource: Resource, sourceIds: ReadonlySet<string> | undefined, issues: Issue[]): TypedTable | null {
  const decoded = decodeUtf8(bytes, file);
  issues.push(...decoded.issues);
  if (decoded.text === null) return null;
  // Each record is typed and checked as it is parsed, so the raw fields of a large file are never all held at once.
  const validator = new TableValidator(resource, { file, sourceIds });
  const parseIssues = streamCsv(decoded.text, file, (record) => validator.accept(record));
  const result = validator.finish();
  issues.push(...parseIssues, ...result.issues);
  return result.table;
}

function checkForeignKeys(descriptor: Descriptor, tables: Map<string, TypedTable>, folder: string, issues: Issue[]): void {
  for (const resource of descriptor.resources) {
    const table = tables.get(resource.name);
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const target = tables.get(foreignKey.reference.resource);
      if (!table || !target) continue;
      const from = asList(foreignKey.fields);
      const to = asList(foreignKey.reference.fields);
      const keys = new Set(target.rows.map((row) => to.map((name) => String(row[name])).join("\u0000")));
      table.rows.forEach((row, index) => {
        if (from.some((name) => row[name] === null)) return;
        const key = from.map((name) => String(row[name])).join("\u0000");
        if (!keys.has(key)) {
          const shown = from.map((name) => `${name}=${row[name]}`).join(", ");
          issues.push({ file: `${folder}/${resource.path}`, line: table.lines[index], column: 1, message: `foreign key (${shown}) has no matching row in "${foreignKey.reference.resource}" (${to.join(", ")})` });
        }
      });
    }
  }
}

/** Loads and validates the whole catalog: sources registry, every dataset, every version. Never throws on bad data. */
export function loadCatalog(options: LoadOptions = {}): Catalog {
  const root = resolve(options.root ?? process.cwd());
  const dataDir = options.dataDir ?? "data";
  const { sources, issues } = loadSources(root, dataDir);
  const datasets = new Map<string, Dataset>();
  for (const name of listDatasetNames(root, dataDir)) {
    const loaded = loadDataset(root, name, sources, dataDir);
    issues.push(...loaded.issues);
    if (loaded.dataset) datasets.set(name, loaded.dataset);
  }
  return { root, datasets, sources, issues };
}

/**
 * The cached catalog lives on globalThis, not in this module: one `astro build` loads this module several times
 * (the content layer, the bundled pages and the search integration each get their own copy), and a module-level
 * cache made each copy parse every dataset again: three parses per build, and three copies in memory.
 */
const CACHE_SLOT = Symbol.for("enforcement-ledger.catalog-cache");

function cacheSlot(): { cached: { key: string; catalog: Catalog } | null } {
  const holder = globalThis as unknown as Record<symbol, { cached: { key: string; catalog: Catalog } | null } | undefined>;
  holder[CACHE_SLOT] ??= { cached: null };
  return holder[CACHE_SLOT];
}

/**
 * The catalog for this process, parsed once however many pages ask for it.
 * Throws a ValidationError listing every problem when any dataset or source is invalid, so the build fails.
 */
export function getCatalog(options: LoadOptions = {}): Catalog {
  const slot = cacheSlot();
  const key = `${resolve(options.root ?? process.cwd())}::${options.dataDir ?? "data"}`;
  if (slot.cached?.key !== key) slot.cached = { key, catalog: loadCatalog(options) };
  if (hasErrors(slot.cached.catalog.issues)) throw new ValidationError(slot.cached.catalog.issues, "The data catalog is invalid");
  return slot.cached.catalog;
}

/** Forgets the cached catalog (tests and the dev server after a data edit). */
export function resetCatalogCache(): void {
  cacheSlot().cached = null;
}

/** Returns the dataset or throws naming what was asked for and what exists. */
export function requireDataset(catalog: Catalog, name: string): Dataset {
  const dataset = catalog.datasets.get(name);
  if (!dataset) throw new Error(`Unknown dataset "${name}". Datasets: ${[...catalog.datasets.keys()].join(", ")}`);
  return dataset;
}

/** Returns a version of a dataset ("latest" or an exact version), or throws listing the versions that exist. */
export function requireVersion(dataset: Dataset, version = "latest"): DatasetVersion {
  if (version === "latest") return dataset.latest;
  const found = dataset.versions.find((candidate) => candidate.version === version);
  if (!found) throw new Error(`Dataset "${dataset.name}" has no version ${version}; versions: ${dataset.versions.map((v) => v.version).join(", ")}`);
  return found;
}

/** Returns one typed table of a dataset version, or throws listing the resources that exist. */
export function requireTable(dataset: Dataset, resource: string | undefined, version = "latest"): { version: DatasetVersion; resource: Resource; table: TypedTable } {
  const datasetVersion = requireVersion(dataset, version);
  const resources = dataset.descriptor.resources;
  const chosen = resource ? resources.find((candidate) => candidate.name === resource) : resources.length === 1 ? resources[0] : undefined;
  if (!chosen) throw new Error(`Dataset "${dataset.name}" has no resource "${resource ?? "(unspecified)"}"; resources: ${resources.map((r) => r.name).join(", ")}`);
  const table = datasetVersion.tables.get(chosen.name);
  if (!table) throw new Error(`Dataset "${dataset.name}" version ${datasetVersion.version} has no parsed table "${chosen.name}"`);
  return { version: datasetVersion, resource: chosen, table };
}

/** Per table, per column: the row indexes holding each value (built on first use; tables never change once loaded). */
const columnIndexes = new WeakMap<TypedTable, Map<string, Map<unknown, number[]>>>();

function columnIndex(table: TypedTable, column: string): Map<unknown, number[]> {
  let byColumn = columnIndexes.get(table);
  if (!byColumn) {
    byColumn = new Map();
    columnIndexes.set(table, byColumn);
  }
  let index = byColumn.get(column);
  if (!index) {
    index = new Map();
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const value = rows[i][column];
      const list = index.get(value);
      if (list) list.push(i);
      else index.set(value, [i]);
    }
    byColumn.set(column, index);
  }
  return index;
}

/**
 * Rows of a table whose columns equal (===) every value in `where`, in table order.
 * Every `<Value>` on every page asks this; an index per column makes each question cost the rows that match
 * instead of a scan of the whole table (which grew with pages × rows on large datasets).
 */
export function selectRows(table: TypedTable, where: Record<string, unknown>): { row: Row; index: number }[] {
  const entries = Object.entries(where);
  let candidates: readonly number[] | null = null;
  for (const [column, value] of entries) {
    // Map keys compare like === for primitives (except NaN, which no typed cell holds); objects never equal a cell.
    const list = typeof value === "object" && value !== null ? [] : (columnIndex(table, column).get(value) ?? []);
    if (candidates === null || list.length < candidates.length) candidates = list;
  }
  const indexes = candidates ?? table.rows.map((_, index) => index);
  const matches: { row: Row; index: number }[] = [];
  for (const index of indexes) {
    const row = table.rows[index];
    if (entries.every(([key, value]) => row[key] === value)) matches.push({ row, index });
  }
  return matches;
}
