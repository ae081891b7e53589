import type { Field, Resource } from "./descriptor.ts";
import type { Issue } from "./issues.ts";
import type { CsvRecord } from "./parse-csv.ts";
import { checkConstraints, parseValue, type CellValue } from "./parse-value.ts";

/** A typed row keyed by column name. */
export type Row = Record<string, CellValue>;

export interface TypedTable {
  /** Column names in schema order. */
  columns: string[];
  rows: Row[];
  /** The CSV line on which each row starts (same order as `rows`). */
  lines: number[];
}

export interface TableContext {
  file: string;
  /** Source ids that exist in the registry; `source_id` values must be among them. */
  sourceIds?: ReadonlySet<string>;
}

/** Columns every table must have: provenance travels with each row. */
export const PROVENANCE_COLUMNS = ["status", "source_id"] as const;

/** Normalises a Frictionless "string or list of strings" to a list. */
export function asList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** Checks the schema itself for project rules that a JSON schema cannot express. */
export function checkResourceSchema(resource: Resource, file: string): Issue[] {
  const issues: Issue[] = [];
  const names = resource.schema.fields.map((field) => field.name);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) issues.push({ file, line: 0, column: 0, message: `resource "${resource.name}": field "${name}" is declared twice` });
    seen.add(name);
  }
  for (const required of PROVENANCE_COLUMNS) {
    if (!names.includes(required)) {
      issues.push({ file, line: 0, column: 0, message: `resource "${resource.name}": missing the "${required}" field; every table records each row's status and source_id` });
    }
  }
  for (const key of asList(resource.schema.primaryKey)) {
    if (!names.includes(key)) issues.push({ file, line: 0, column: 0, message: `resource "${resource.name}": primaryKey names "${key}", which is not a field` });
  }
  for (const field of resource.schema.fields) {
    if ((field.type === "integer" || field.type === "number") && !field.unit) {
      issues.push({ file, line: 0, column: 0, message: `resource "${resource.name}": numeric field "${field.name}" has no unit; expected e.g. "unit": "people"` });
    }
  }
  return issues;
}

/**
 * Types and checks one table record by record, so a large file is validated as it is parsed and its raw fields
 * need not be kept: header, field counts, types, constraints, primary key, provenance, missing-row rules. Every
 * problem is collected; nothing stops at the first.
 */
export class TableValidator {
  readonly table: TypedTable;
  readonly issues: Issue[] = [];
  #context: TableContext;
  #fields: Field[];
  #keyFields: string[];
  #numericValueFields: Field[];
  #seenKeys = new Map<string, number>();
  #sawHeader = false;
  #headerOk = false;

  constructor(resource: Resource, context: TableContext) {
    this.#context = context;
    this.#fields = resource.schema.fields;
    this.#keyFields = asList(resource.schema.primaryKey);
    this.#numericValueFields = this.#fields.filter((field) => (field.type === "integer" || field.type === "number") && !this.#keyFields.includes(field.name));
    this.table = { columns: this.#fields.map((field) => field.name), rows: [], lines: [] };
  }

  /** Takes the next record: the first is the header, the rest are rows. */
  accept(record: CsvRecord): void {
    if (!this.#sawHeader) {
      this.#sawHeader = true;
      this.#headerOk = checkHeader(record, this.table.columns, this.#context.file, this.issues);
      return;
    }
    if (this.#headerOk) this.#acceptRow(record);
  }

  /** Ends the table; reports an empty file. */
  finish(): { table: TypedTable; issues: Issue[] } {
    if (!this.#sawHeader) this.issues.push({ file: this.#context.file, line: 1, column: 1, message: `empty file; expected a header row: ${this.table.columns.join(",")}` });
    return { table: this.table, issues: this.issues };
  }

  #acceptRow(record: CsvRecord): void {
    const { file } = this.#context;
    const fields = this.#fields;
    const columns = this.table.columns;
    const keyFields = this.#keyFields;
    const issues = this.issues;
    if (record.fields.length !== columns.length) {
      issues.push({
        file,
        line: record.line,
        column: record.columns[Math.min(record.fields.length, columns.length) - 1] ?? 1,
        message: `row has ${record.fields.length} fields; expected ${columns.length} (${columns.join(",")}). Check for an unquoted comma or a missing value`,
      });
      return;
    }
    const row: Row = {};
    for (let index = 0; index < fields.length; index++) row[fields[index].name] = typeCell(fields[index], record, index, file, issues);
    checkProvenance(row, record, columns, this.#numericValueFields, this.#context, issues);

    let key = String(row[keyFields[0]]);
    for (let k = 1; k < keyFields.length; k++) key += `\u0000${String(row[keyFields[k]])}`;
    const firstLine = this.#seenKeys.get(key);
    if (firstLine !== undefined) {
      const shown = keyFields.map((name) => `${name}=${row[name] ?? ""}`).join(", ");
      issues.push({ file, line: record.line, column: record.columns[columns.indexOf(keyFields[0])] ?? 1, message: `duplicate primary key (${shown}); first used on line ${firstLine}. Each row must be unique on ${keyFields.join(" + ")}` });
    } else this.#seenKeys.set(key, record.line);

    this.table.rows.push(row);
    this.table.lines.push(record.line);
  }
}

/** Validates an already-parsed table (header and records): the same rules as TableValidator, in one call. */
export function validateTable(resource: Resource, header: CsvRecord | null, records: readonly CsvRecord[], context: TableContext): { table: TypedTable; issues: Issue[] } {
  const validator = new TableValidator(resource, context);
  if (header) validator.accept(header);
  for (const record of records) validator.accept(record);
  return validator.finish();
}

function checkHeader(header: CsvRecord, columns: string[], file: string, issues: Issue[]): boolean {
  const found = header.fields;
  if (found.length === columns.length && found.every((name, i) => name === columns[i])) return true;
  const missing = columns.filter((name) => !found.includes(name));
  const extra = found.filter((name) => !columns.includes(name));
  for (const name of extra) {
    const index = found.indexOf(name);
    const suggestion = missing.length === 1 && extra.length === 1 ? `; was it renamed from "${missing[0]}"?` : "";
    issues.push({ file, line: header.line, column: header.columns[index] ?? 1, message: `unexpected column "${name}" in header${suggestion} Expected columns: ${columns.join(",")}` });
  }
  for (const name of missing) {
    if (!(missing.length === 1 && extra.length === 1)) issues.push({ file, line: header.line, column: 1, message: `missing column "${name}" in header; expected columns: ${columns.join(",")}` });
  }
  if (missing.length === 0 && extra.length === 0) {
    issues.push({ file, line: header.line, column: 1, message: `columns are out of order: found ${found.join(",")}; expected ${columns.join(",")}` });
  }
  return false;
}

/** Records an issue at a field of a record (positions are worked out only here, when there is something to report). */
function issueAt(issues: Issue[], file: string, record: CsvRecord, index: number, message: string): void {
  issues.push({ file, line: record.line, column: record.columns[index] ?? 1, message });
}

function typeCell(field: Field, record: CsvRecord, index: number, file: string, issues: Issue[]): CellValue {
  const raw = record.fields[index];
  if (raw !== raw.trim()) {
    issueAt(issues, file, record, index, `column "${field.name}": value "${raw}" has leading or trailing spaces; expected the value without them`);
  }
  const parsed = parseValue(field.type, raw);
  if (!parsed.ok) {
    issueAt(issues, file, record, index, `column "${field.name}": found "${raw}"; expected ${parsed.expected}`);
    return null;
  }
  if (parsed.value === null) {
    if (field.constraints?.required) issueAt(issues, file, record, index, `column "${field.name}" is required; found an empty cell`);
    return null;
  }
  const failed = checkConstraints(field, parsed.value);
  if (failed) issueAt(issues, file, record, index, `column "${field.name}": found "${raw}"; expected ${failed}`);
  return parsed.value;
}

const STATUSES: ReadonlySet<string> = new Set(["official", "claim", "estimate", "missing"]);

function checkProvenance(row: Row, record: CsvRecord, columns: string[], numericValueFields: Field[], context: TableContext, issues: Issue[]): void {
  const { file, sourceIds } = context;
  const at = (name: string) => ({ file, line: record.line, column: record.columns[columns.indexOf(name)] ?? 1 });
  const status = row.status;
  const sourceId = row.source_id;
  if (status === null || status === undefined) {
    issues.push({ ...at("status"), message: `column "status" is empty; expected official, claim, estimate or missing` });
  } else if (!STATUSES.has(String(status))) {
    issues.push({ ...at("status"), message: `column "status": found "${status}"; expected official, claim, estimate or missing` });
  }
  if (status === "missing") {
    for (const field of numericValueFields) {
      if (row[field.name] !== null) issues.push({ ...at(field.name), message: `row is marked missing but column "${field.name}" has a value (${row[field.name]}); a missing row leaves its values empty` });
    }
    if (columns.includes("note") && !row.note) issues.push({ ...at("status"), message: `row is marked missing; expected a "note" saying why no figure is published` });
  } else if (status !== null && status !== undefined) {
    if (!sourceId) issues.push({ ...at("source_id"), message: `column "source_id" is empty; every ${status} figure needs a source from data/sources/` });
  }
  if (sourceId && sourceIds && !sourceIds.has(String(sourceId))) {
    issues.push({ ...at("source_id"), message: `source_id "${sourceId}" is not in the sources registry (data/sources/*.csv); add the source or fix the id` });
  }
}
