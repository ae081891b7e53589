import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../data/checksum.ts";
import { descriptorSchema, parseJsonWithSchema, type Descriptor } from "../data/descriptor.ts";
import type { Issue } from "../data/issues.ts";
import { readTable } from "../data/catalog.ts";
import { decodeUtf8 } from "../data/parse-csv.ts";
import { parseSourcesFile, type Source } from "../data/sources.ts";
import { compareVersions, SEMVER_PATTERN } from "../data/semver.ts";
import type { TypedTable } from "../data/validate-table.ts";
import { listFilesAt, readFilesAt } from "../check/git.ts";

/** Reads files of one state of the repository: a git ref or the working tree. */
export interface FileSource {
  /** Repository-relative paths of every file under `data/`. */
  paths: string[];
  read(path: string): Buffer | null;
}

/** One version of a dataset as stored: its release entry (if any), tables, and each file's sha256. */
export interface SnapshotVersion {
  version: string;
  release: Descriptor["releases"][number] | null;
  tables: Map<string, TypedTable>;
  /** sha256 by resource name. */
  digests: Map<string, string>;
}

export interface SnapshotDataset {
  name: string;
  descriptor: Descriptor;
  /** Oldest first. */
  versions: SnapshotVersion[];
}

/** The catalog in one state of the repository, loaded without validating it (the check does that). */
export interface DataSnapshot {
  /** `working tree` or the ref name. */
  label: string;
  datasets: Map<string, SnapshotDataset>;
  sources: Map<string, Source>;
  /** Descriptors that could not be read (the diff names them instead of guessing). */
  unreadable: string[];
}

/** A file source over a git ref: one listing and one batched read, like `git show REF:path` for each file. */
export function refFiles(root: string, ref: string): FileSource {
  const paths = listFilesAt(root, ref, "data/");
  const wanted = paths.filter((path) => path.endsWith(".csv") || path.endsWith("datapackage.json"));
  const contents = readFilesAt(root, ref, wanted);
  return { paths, read: (path) => contents.get(path) ?? null };
}

/** A file source over the working tree. */
export function workingFiles(root: string): FileSource {
  const paths: string[] = [];
  const walk = (folder: string) => {
    if (!existsSync(join(root, folder))) return;
    for (const entry of readdirSync(join(root, folder)).sort()) {
      const path = `${folder}/${entry}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else paths.push(path);
    }
  };
  walk("data");
  return { paths, read: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : null) };
}

/** Loads every dataset (every version folder and release entry) and the sources registry from a file source. */
export function loadSnapshot(files: FileSource, label: string): DataSnapshot {
  const snapshot: DataSnapshot = { label, datasets: new Map(), sources: new Map(), unreadable: [] };
  const ignored: Issue[] = [];
  const seen = new Map<string, string>();
  for (const path of files.paths.filter((candidate) => /^data\/sources\/[^/]+\.csv$/.test(candidate))) {
    const decoded = decodeUtf8(files.read(path) ?? new Uint8Array(), path);
    if (decoded.text === null) continue;
    for (const source of parseSourcesFile(decoded.text, path, seen).sources) snapshot.sources.set(source.id, source);
  }
  for (const path of files.paths.filter((candidate) => /^data\/[^/]+\/datapackage\.json$/.test(candidate))) {
    const name = path.split("/")[1];
    const { value: descriptor } = parseJsonWithSchema((files.read(path) ?? Buffer.alloc(0)).toString("utf8"), path, descriptorSchema);
    if (!descriptor) {
      snapshot.unreadable.push(path);
      continue;
    }
    const folders = new Set(files.paths.filter((candidate) => candidate.startsWith(`data/${name}/`)).map((candidate) => candidate.split("/")[2]).filter((part) => SEMVER_PATTERN.test(part)));
    for (const release of descriptor.releases) folders.add(release.version);
    const versions: SnapshotVersion[] = [...folders].sort(compareVersions).map((version) => {
      const tables = new Map<string, TypedTable>();
      const digests = new Map<string, string>();
      for (const resource of descriptor.resources) {
        const bytes = files.read(`data/${name}/${version}/${resource.path}`);
        if (!bytes) continue;
        digests.set(resource.name, sha256(bytes));
        const table = readTable(bytes, `data/${name}/${version}/${resource.path}`, resource, undefined, ignored);
        if (table) tables.set(resource.name, table);
      }
      return { version, release: descriptor.releases.find((release) => release.version === version) ?? null, tables, digests };
    });
    snapshot.datasets.set(name, { name, descriptor, versions });
  }
  return snapshot;
}
