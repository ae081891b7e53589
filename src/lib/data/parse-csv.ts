import { csvParseRows } from "d3-dsv";
import type { Issue } from "./issues.ts";

/** One parsed CSV record with the place it started, so later checks can point at it. */
export interface CsvRecord {
  /** The raw field strings, exactly as d3-dsv parsed them. */
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

/**
 * Finds where each record and field starts (line, column) by scanning the text once, honouring
 * RFC 4180 quotes, so a field that holds a newline does not shift the positions of later records.
 */
function scanPositions(text: string): { line: number; columns: number[] }[] {
  const positions: { line: number; columns: number[] }[] = [];
  let line = 1;
  let column = 1;
  let inQuotes = false;
  let current: { line: number; columns: number[] } | null = null;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (current === null) {
      current = { line, columns: [] };
      atFieldStart = true;
    }
    if (atFieldStart) {
      current.columns.push(column);
      atFieldStart = false;
    }
    if (inQuotes) {
      if (char === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          i++;
          column++;
        } else inQuotes = false;
      }
    } else if (char === 34 && current.columns[current.columns.length - 1] === column) {
      inQuotes = true;
    } else if (char === 44 /* , */) {
      atFieldStart = true;
    } else if (char === 10 /* \n */) {
      positions.push(current);
      current = null;
    }
    if (char === 10) {
      line++;
      column = 1;
    } else column++;
    // A trailing comma at the very end of the text opens an empty last field.
    if (atFieldStart && char === 44 && i === text.length - 1 && current) current.columns.push(column);
  }
  if (current !== null) positions.push(current);
  return positions;
}

/**
 * Parses CSV text with d3-dsv and attaches positions to every record. The first record is the header.
 * Blank lines are reported, not silently skipped.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const rows = csvParseRows(text);
  const positions = scanPositions(text);
  const issues: Issue[] = [];
  const records: CsvRecord[] = rows.map((fields, index) => {
    const position = positions[index] ?? { line: 0, columns: [] };
    const columns = fields.map((_, k) => position.columns[k] ?? 0);
    return { fields, line: position.line, columns };
  });
  // d3-dsv keeps a blank line as a record with one empty field; a blank line is always a mistake in our files.
  const kept: CsvRecord[] = [];
  for (const record of records) {
    if (record.fields.length === 1 && record.fields[0] === "") {
      issues.push({ file, line: record.line, column: 1, message: "blank line; expected a data row (remove the empty line)" });
    } else kept.push(record);
  }
  const [header = null, ...body] = kept;
  return { header, records: body, issues };
}
