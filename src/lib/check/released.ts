import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listFilesAt, readFilesAt } from "./git.ts";

/** A release entry as read from a descriptor, without trusting its shape. */
export interface RawRelease {
  version: string;
  date?: unknown;
  changes?: unknown;
  files: Record<string, { bytes?: unknown; sha256?: unknown }>;
}

/** A resource's columns as read from a descriptor. */
export interface RawResource {
  name: string;
  path: string;
  fields: { name: string; type: string }[];
}

/** A descriptor read leniently: enough to compare releases, even when the rest does not validate. */
export interface RawDescriptor {
  resources: RawResource[];
  releases: RawRelease[];
}

/** The published state of the catalog in a git ref: each dataset's descriptor as it is there. */
export interface ReleasedState {
  ref: string;
  /** Descriptors by dataset name. */
  datasets: Map<string, RawDescriptor>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads the parts of a datapackage.json the release rules need; null when it is not JSON or has no releases list. */
export function readRawDescriptor(text: string): RawDescriptor | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data) || !Array.isArray(data.releases)) return null;
  const releases: RawRelease[] = data.releases.filter(isObject).map((release) => ({
    version: String(release.version ?? ""),
    date: release.date,
    changes: release.changes,
    files: isObject(release.files) ? (release.files as RawRelease["files"]) : {},
  }));
  const resources: RawResource[] = (Array.isArray(data.resources) ? data.resources : []).filter(isObject).map((resource) => {
    const schema = isObject(resource.schema) ? resource.schema : {};
    const fields = (Array.isArray(schema.fields) ? schema.fields : []).filter(isObject).map((field) => ({ name: String(field.name), type: String(field.type) }));
    return { name: String(resource.name ?? ""), path: String(resource.path ?? `${String(resource.name)}.csv`), fields };
  });
  return { resources, releases };
}

/** Reads every dataset descriptor under `data/` in a ref with two git calls, however many datasets there are. */
export function loadReleasedState(root: string, ref: string, dataDir = "data"): ReleasedState {
  const pattern = new RegExp(`^${dataDir}/([^/]+)/datapackage\\.json$`);
  const paths = listFilesAt(root, ref, `${dataDir}/`).filter((path) => pattern.test(path));
  const contents = readFilesAt(root, ref, paths);
  const datasets = new Map<string, RawDescriptor>();
  for (const path of paths) {
    const bytes = contents.get(path);
    const descriptor = bytes ? readRawDescriptor(bytes.toString("utf8")) : null;
    if (descriptor) datasets.set(pattern.exec(path)![1], descriptor);
  }
  return { ref, datasets };
}

/** Versions of a dataset released in the ref (empty when the dataset is new). */
export function releasedVersions(state: ReleasedState | null, dataset: string): Set<string> {
  return new Set(state?.datasets.get(dataset)?.releases.map((release) => release.version) ?? []);
}

/** A dataset descriptor in the working tree: its text, lenient parse and a locator for positions. */
export interface WorkingDescriptor {
  name: string;
  /** Repository-relative path of datapackage.json. */
  file: string;
  text: string;
  raw: RawDescriptor | null;
}

/** Reads every dataset descriptor in the working tree (datasets whose folder has a datapackage.json). */
export function readWorkingDescriptors(root: string, names: readonly string[], dataDir = "data"): Map<string, WorkingDescriptor> {
  const result = new Map<string, WorkingDescriptor>();
  for (const name of names) {
    const file = `${dataDir}/${name}/datapackage.json`;
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    result.set(name, { name, file, text, raw: readRawDescriptor(text) });
  }
  return result;
}
