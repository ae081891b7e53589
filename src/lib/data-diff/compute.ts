import { diffTables, isEmptyDiff, type TableDiff } from "../data/diff.ts";
import { parseVersion } from "../data/semver.ts";
import { SOURCE_COLUMNS, type Source } from "../data/sources.ts";
import { asList } from "../data/validate-table.ts";
import type { DataSnapshot, SnapshotDataset, SnapshotVersion } from "./snapshot.ts";

/** A table's changes with the primary key used to match rows (so a report can show which row changed). */
export interface TableChange extends TableDiff {
  key: string[];
  /** Rows in the newer table. */
  rows: number;
}

/** A version that exists in the new state and not in the old one. */
export interface VersionAdded {
  version: string;
  date: string | null;
  changes: string | null;
  /** patch, minor or major, relative to `previous`. */
  bump: "patch" | "minor" | "major" | "first";
  /** The version it is compared with (null for a dataset's first version). */
  previous: string | null;
  tables: TableChange[];
}

/** A version present in both states whose files differ: released data was edited in place. */
export interface VersionEdited {
  version: string;
  tables: TableChange[];
}

export interface DatasetChange {
  name: string;
  title: string;
  status: "added" | "removed" | "changed";
  versionsAdded: VersionAdded[];
  versionsRemoved: string[];
  versionsEdited: VersionEdited[];
  /** Top-level descriptor fields whose value changed (title, description, caveats, …), excluding releases. */
  metadataChanged: string[];
}

export interface SourceChange {
  id: string;
  status: "added" | "removed" | "changed";
  source: Source;
  /** For changed sources: column, old and new value. */
  fields: { column: string; before: string | null; after: string | null }[];
}

/** Everything a change does to the data, for reviewers. */
export interface DataDiff {
  base: string;
  head: string;
  datasets: DatasetChange[];
  sources: SourceChange[];
  /** Descriptors that could not be read in the new state. */
  unreadable: string[];
}

function bumpKind(previous: string | null, version: string): VersionAdded["bump"] {
  const a = previous ? parseVersion(previous) : null;
  const b = parseVersion(version);
  if (!a || !b) return "first";
  return b[0] !== a[0] ? "major" : b[1] !== a[1] ? "minor" : "patch";
}

function compareVersionTables(dataset: SnapshotDataset, before: SnapshotVersion | null, after: SnapshotVersion): TableChange[] {
  return dataset.descriptor.resources.map((resource) => {
    const diff = diffTables(resource, before?.tables.get(resource.name), after.tables.get(resource.name));
    // A first version has no columns "added": it has columns.
    if (!before) diff.columnsAdded = [];
    return { ...diff, key: asList(resource.schema.primaryKey), rows: after.tables.get(resource.name)?.rows.length ?? 0 };
  });
}

function compareDataset(base: SnapshotDataset | undefined, head: SnapshotDataset): DatasetChange {
  const baseVersions = new Map((base?.versions ?? []).map((version) => [version.version, version]));
  const change: DatasetChange = { name: head.name, title: head.descriptor.title, status: base ? "changed" : "added", versionsAdded: [], versionsRemoved: [], versionsEdited: [], metadataChanged: [] };
  let previous: SnapshotVersion | null = null;
  for (const version of head.versions) {
    const old = baseVersions.get(version.version);
    if (old) {
      const edited = [...new Set([...old.digests.keys(), ...version.digests.keys()])].some((resource) => old.digests.get(resource) !== version.digests.get(resource));
      if (edited) change.versionsEdited.push({ version: version.version, tables: compareVersionTables(head, old, version).filter((table) => !isEmptyDiff(table)) });
    } else {
      change.versionsAdded.push({
        version: version.version,
        date: version.release?.date ?? null,
        changes: version.release?.changes ?? null,
        bump: bumpKind(previous?.version ?? null, version.version),
        previous: previous?.version ?? null,
        tables: compareVersionTables(head, previous, version),
      });
    }
    previous = version;
  }
  change.versionsRemoved = [...baseVersions.keys()].filter((version) => !head.versions.some((candidate) => candidate.version === version));
  if (base) {
    const keys = new Set([...Object.keys(base.descriptor), ...Object.keys(head.descriptor)]);
    keys.delete("releases");
    const record = (descriptor: object) => descriptor as Record<string, unknown>;
    change.metadataChanged = [...keys].filter((key) => JSON.stringify(record(base.descriptor)[key]) !== JSON.stringify(record(head.descriptor)[key])).sort();
  }
  return change;
}

function compareSources(base: DataSnapshot, head: DataSnapshot): SourceChange[] {
  const changes: SourceChange[] = [];
  const columns = SOURCE_COLUMNS.filter((column) => column !== "id");
  for (const [id, source] of head.sources) {
    const old = base.sources.get(id);
    if (!old) {
      changes.push({ id, status: "added", source, fields: [] });
      continue;
    }
    const fields = columns
      .map((column) => ({ column, before: (old[column] as string | null) ?? null, after: (source[column] as string | null) ?? null }))
      .filter((field) => field.before !== field.after);
    if (fields.length > 0) changes.push({ id, status: "changed", source, fields });
  }
  for (const [id, source] of base.sources) if (!head.sources.has(id)) changes.push({ id, status: "removed", source, fields: [] });
  return changes.sort((a, b) => a.id.localeCompare(b.id));
}

/** Compares two states of the catalog: datasets added or removed, versions released, rows added, removed and changed. */
export function diffSnapshots(base: DataSnapshot, head: DataSnapshot): DataDiff {
  const datasets: DatasetChange[] = [];
  for (const [name, dataset] of head.datasets) {
    const change = compareDataset(base.datasets.get(name), dataset);
    if (change.status === "added" || change.versionsAdded.length || change.versionsEdited.length || change.versionsRemoved.length || change.metadataChanged.length) datasets.push(change);
  }
  for (const [name, dataset] of base.datasets) {
    if (!head.datasets.has(name) && !head.unreadable.includes(`data/${name}/datapackage.json`)) {
      datasets.push({ name, title: dataset.descriptor.title, status: "removed", versionsAdded: [], versionsRemoved: dataset.versions.map((version) => version.version), versionsEdited: [], metadataChanged: [] });
    }
  }
  datasets.sort((a, b) => a.name.localeCompare(b.name));
  return { base: base.label, head: head.label, datasets, sources: compareSources(base, head), unreadable: head.unreadable };
}

/** Headline counts of a diff. */
export function diffCounts(diff: DataDiff): { datasetsAdded: number; datasetsRemoved: number; versionsReleased: number; rowsAdded: number; rowsRemoved: number; rowsChanged: number; sourcesAdded: number; sourcesChanged: number; sourcesRemoved: number; releasedEdited: number } {
  const tables = diff.datasets.flatMap((dataset) => dataset.versionsAdded.flatMap((version) => version.tables));
  return {
    datasetsAdded: diff.datasets.filter((dataset) => dataset.status === "added").length,
    datasetsRemoved: diff.datasets.filter((dataset) => dataset.status === "removed").length,
    versionsReleased: diff.datasets.reduce((sum, dataset) => sum + dataset.versionsAdded.length, 0),
    rowsAdded: tables.reduce((sum, table) => sum + table.added.length, 0),
    rowsRemoved: tables.reduce((sum, table) => sum + table.removed.length, 0),
    rowsChanged: tables.reduce((sum, table) => sum + table.changed.length, 0),
    sourcesAdded: diff.sources.filter((source) => source.status === "added").length,
    sourcesChanged: diff.sources.filter((source) => source.status === "changed").length,
    sourcesRemoved: diff.sources.filter((source) => source.status === "removed").length,
    releasedEdited: diff.datasets.reduce((sum, dataset) => sum + dataset.versionsEdited.length, 0),
  };
}
