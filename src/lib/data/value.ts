import { requireDataset, requireTable, selectRows, type Catalog } from "./catalog.ts";
import type { CellValue } from "./parse-value.ts";
import type { Row } from "./validate-table.ts";

/** A request for one figure from a dataset, as written in an article's `<Value>`. */
export interface ValueQuery {
  dataset: string;
  resource?: string;
  version?: string;
  /** Column values that together pick exactly one row. */
  where: Record<string, unknown>;
  /** The column holding the figure. */
  column: string;
  /** Optional derived figure against a second row of the same table. */
  compare?: { where: Record<string, unknown>; as: "difference" | "percent-change" | "ratio" };
}

/** One figure, with the row it came from so the page can link to it. */
export interface ResolvedValue {
  value: CellValue;
  row: Row;
  /** CSV line of the row (for `#L<line>` links). */
  line: number;
  /** Line of the comparison row, when a derived figure was asked for. */
  compareLine?: number;
  dataset: string;
  resource: string;
  version: string;
  unit?: string;
  status: string;
  sourceId: string | null;
}

function pickOne(rows: { row: Row; index: number }[], query: ValueQuery, where: Record<string, unknown>, usedBy: string): { row: Row; index: number } {
  const shown = JSON.stringify(where);
  if (rows.length === 0) throw new Error(`${usedBy}: <Value dataset="${query.dataset}"> where ${shown} matches no row`);
  if (rows.length > 1) throw new Error(`${usedBy}: <Value dataset="${query.dataset}"> where ${shown} matches ${rows.length} rows; add columns to "where" so it matches exactly one`);
  return rows[0];
}

/** Resolves a `<Value>` to exactly one figure; throws naming the page when the key matches no row or several. */
export function resolveValue(catalog: Catalog, query: ValueQuery, usedBy: string): ResolvedValue {
  const dataset = requireDataset(catalog, query.dataset);
  const { table, resource, version } = requireTable(dataset, query.resource, query.version ?? "latest");
  if (!table.columns.includes(query.column)) throw new Error(`${usedBy}: <Value dataset="${query.dataset}"> column "${query.column}" does not exist; columns: ${table.columns.join(", ")}`);
  const first = pickOne(selectRows(table, query.where), query, query.where, usedBy);
  const field = resource.schema.fields.find((candidate) => candidate.name === query.column);
  let value = first.row[query.column];
  let compareLine: number | undefined;
  if (query.compare) {
    const second = pickOne(selectRows(table, query.compare.where), query, query.compare.where, usedBy);
    const base = second.row[query.column];
    if (typeof value !== "number" || typeof base !== "number") throw new Error(`${usedBy}: <Value dataset="${query.dataset}"> compare needs numbers in "${query.column}" on both rows`);
    value = query.compare.as === "difference" ? value - base : query.compare.as === "ratio" ? value / base : (value - base) / base;
    compareLine = table.lines[second.index];
  }
  if (value === null) throw new Error(`${usedBy}: <Value dataset="${query.dataset}"> where ${JSON.stringify(query.where)} is a missing value; say in prose that it is missing instead`);
  return {
    value,
    row: first.row,
    line: table.lines[first.index],
    compareLine,
    dataset: dataset.name,
    resource: resource.name,
    version: version.version,
    unit: field?.unit,
    status: String(first.row.status ?? ""),
    sourceId: typeof first.row.source_id === "string" ? first.row.source_id : null,
  };
}
