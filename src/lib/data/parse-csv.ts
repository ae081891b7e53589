import { csvParseRows } from "d3-dsv";
import type { Issue } from "./issues.ts";

/** One parsed CSV record with the place it started, so later checks can point at it. */
export interface CsvRecord {
  /** The field strings exactly as d3-dsv parsed them (unquoted; `""` inside a quoted field becomes `"`). */
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** 1-based column at which each field starts (same length as `fields`). */
  columns: number[];
}

export interface ParsedCsv {
  header: CsvRecord | null;
  records: CsvRecord[];
  issues: Issue[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as strict UTF-8. A UTF-8 BOM is dropped; CRLF and lone CR become LF.
 * Returns null text (and an issue naming the byte offset) for bytes that are not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string | null; issues: Issue[] } {
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text: text.replace(/\r\n?/g, "\n"), issues: [] };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = countNewlines(bytes, offset) + 1;
    return {
      text: null,
      issues: [{ file, line, column: 0, message: `file is not valid UTF-8 (first bad byte at offset ${offset}); expected UTF-8 text. Re-save the file as UTF-8.` }],
    };
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k] >> 6 !== 0b10) return i;
    i += length;
  }
  return bytes.length;
}

/** Where each line of a text starts; built once per file, and only when some message needs a column. */
class LineStarts {
  #text: string;
  #starts: number[] | null = null;
  constructor(text: string) {
    this.#text = text;
  }
  /** Offset of the first character of a 1-based line. */
  offsetOf(line: number): number {
    if (this.#starts === null) {
      const starts = [0];
      for (let i = this.#text.indexOf("\n"); i !== -1; i = this.#text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.#starts = starts;
    }
    return this.#starts[line - 1] ?? this.#text.length;
  }
  get text(): string {
    return this.#text;
  }
}

/**
 * Finds the 1-based line and column at which each field of one record starts, scanning only that record and
 * honouring RFC 4180 quotes (a quoted field may hold commas, doubled quotes and newlines).
 */
function fieldColumns(lines: LineStarts, recordLine: number, count: number): number[] {
  const text = lines.text;
  let i = lines.offsetOf(recordLine);
  let lineStart = i;
  const columns: number[] = [];
  while (columns.length < count) {
    columns.push(i - lineStart + 1);
    if (text.charCodeAt(i) === 34) {
      // Quoted field: skip to the closing quote, counting doubled quotes and newlines inside it.
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) lineStart = i + 1;
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) i++;
          else break;
        }
      }
    }
    while (i < text.length && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 10) i++;
    if (text.charCodeAt(i) !== 44) break;
    i++;
  }
  while (columns.length < count) columns.push(columns[columns.length - 1] ?? 1);
  return columns;
}

/** A record whose field columns are worked out only when a message needs them (most records never do). */
class ParsedRecord implements CsvRecord {
  fields: string[];
  line: number;
  // Plain (not #private) fields: a million records are created per large file, and V8 builds these faster.
  lines: LineStarts;
  cachedColumns: number[] | null = null;
  constructor(fields: string[], line: number, lines: LineStarts) {
    this.fields = fields;
    this.line = line;
    this.lines = lines;
  }
  get columns(): number[] {
    this.cachedColumns ??= fieldColumns(this.lines, this.line, this.fields.length);
    return this.cachedColumns;
  }
}

/**
 * Parses CSV text with d3-dsv and hands each record, with the line on which it starts, to `onRecord` as soon as
 * it is read (a quoted field that holds a newline moves later records down). Columns are computed lazily, only
 * for records that get a message, which keeps a million-row file fast. Blank lines are reported, not skipped.
 */
export function streamCsv(text: string, file: string, onRecord: (record: CsvRecord) => void): Issue[] {
  const issues: Issue[] = [];
  const lines = new LineStarts(text);
  let line = 1;
  csvParseRows(text, (fields) => {
    const recordLine = line;
    line++;
    for (let k = 0; k < fields.length; k++) {
      const field = fields[k];
      if (field.length > 0 && field.includes("\n")) for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) line++;
    }
    // d3-dsv keeps a blank line as a record with one empty field; a blank line is always a mistake in our files.
    if (fields.length === 1 && fields[0] === "") {
      issues.push({ file, line: recordLine, column: 1, message: "blank line; expected a data row (remove the empty line)" });
    } else onRecord(new ParsedRecord(fields, recordLine, lines));
    return null;
  });
  return issues;
}

/** Parses CSV text into a header and records (see streamCsv). */
export function parseCsv(text: string, file: string): ParsedCsv {
  const kept: CsvRecord[] = [];
  const issues = streamCsv(text, file, (record) => kept.push(record));
  const [header = null, ...records] = kept;
  return { header, records, issues };
}
