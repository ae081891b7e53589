import type { Resource } from "./descriptor.ts";
import { asList, type Row, type TypedTable } from "./validate-table.ts";

/** One changed cell between two versions of a row. */
export interface CellChange {
  column: string;
  before: unknown;
  after: unknown;
}

/** What changed in one table between two versions, matched on the primary key. */
export interface TableDiff {
  resource: string;
  added: Row[];
  removed: Row[];
  changed: { key: Record<string, unknown>; changes: CellChange[] }[];
  /** Columns added or removed between the versions. */
  columnsAdded: string[];
  columnsRemoved: string[];
}

/** The primary-key values of a row as a plain object. */
export function rowKey(row: Row, keyFields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keyFields.map((name) => [name, row[name]]));
}

/** Compares two versions of a table row by row, using the resource's primary key. */
export function diffTables(resource: Resource, before: TypedTable | undefined, after: TypedTable | undefined): TableDiff {
  const keyFields = asList(resource.schema.primaryKey);
  const keyOf = (row: Row) => keyFields.map((name) => String(row[name])).join("\u0000");
  const oldRows = new Map((before?.rows ?? []).map((row) => [keyOf(row), row]));
  const newRows = new Map((after?.rows ?? []).map((row) => [keyOf(row), row]));
  const diff: TableDiff = {
    resource: resource.name,
    added: [],
    removed: [],
    changed: [],
    columnsAdded: (after?.columns ?? []).filter((column) => !(before?.columns ?? []).includes(column)),
    columnsRemoved: (before?.columns ?? []).filter((column) => !(after?.columns ?? []).includes(column)),
  };
  for (const [key, row] of newRows) {
    const old = oldRows.get(key);
    if (!old) {
      diff.added.push(row);
      continue;
    }
    const changes: CellChange[] = [];
    for (const column of after?.columns ?? []) {
      if (column in old && old[column] !== row[column]) changes.push({ column, before: old[column], after: row[column] });
    }
    if (changes.length > 0) diff.changed.push({ key: rowKey(row, keyFields), changes });
  }
  for (const [key, row] of oldRows) if (!newRows.has(key)) diff.removed.push(row);
  return diff;
}

/** True when a diff records no change at all. */
export function isEmptyDiff(diff: TableDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.columnsAdded.length + diff.columnsRemoved.length === 0;
}
