import type { ChartDefinition } from "../charts/define.ts";
import type { Issue } from "../data/issues.ts";
import type { Row } from "../data/validate-table.ts";
import { containsTypedNumber } from "./typed-numbers.ts";

/**
 * Calls a takeaway function on rows wrapped so that every read of a column the rows do not have, and of a row
 * past the end, is recorded: those are what print "undefined" in a sentence.
 */
export function traceTakeaway(takeaway: (rows: Row[]) => string, rows: readonly Row[]): { text: string; missingColumns: string[]; missingRows: number[] } {
  // Rows of concatenated selections differ in shape, so a column is missing only when no row has it.
  const known = new Set(rows.flatMap((row) => Object.keys(row)));
  const missingColumns = new Set<string>();
  const missingRows = new Set<number>();
  const wrapRow = (row: Row) =>
    new Proxy(row, {
      get(target, key, receiver) {
        if (typeof key === "string" && !known.has(key) && !(key in target) && key !== "then" && key !== "toJSON") missingColumns.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
  const wrapped = rows.map((row) => wrapRow({ ...row }));
  const list = new Proxy(wrapped, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && Number(key) >= target.length) missingRows.add(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  const text = String(takeaway(list));
  return { text, missingColumns: [...missingColumns], missingRows: [...missingRows] };
}

/**
 * Rules on a chart's takeaway: one computed from rows must not read columns or rows that do not exist, nor print
 * "NaN", "null" or "undefined"; a fixed-string takeaway must not carry figures typed by hand.
 */
export function checkTakeaway(definition: ChartDefinition, rows: readonly Row[] | null, file: string): Issue[] {
  const at = { file, line: 1, column: 1 };
  const prefix = `chart "${definition.id}"`;
  if (typeof definition.takeaway === "string") {
    return containsTypedNumber(definition.takeaway)
      ? [{ ...at, message: `${prefix}: the takeaway is a fixed string with a figure typed in; compute figures from the rows: takeaway: (rows) => \`… \${rows[0].column} …\`` }]
      : [];
  }
  if (!rows || typeof definition.takeaway !== "function") return [];
  let traced: ReturnType<typeof traceTakeaway>;
  try {
    traced = traceTakeaway(definition.takeaway, rows);
  } catch (error) {
    return [{ ...at, message: `${prefix}: the takeaway function failed: ${(error as Error).message}` }];
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (traced.missingColumns.length > 0) {
    return [{ ...at, message: `${prefix}: the takeaway reads column(s) ${traced.missingColumns.map((name) => `"${name}"`).join(", ")}, which no plotted row has; columns: ${columns.join(", ")}` }];
  }
  if (traced.missingRows.length > 0) {
    return [{ ...at, message: `${prefix}: the takeaway reads row ${traced.missingRows.join(", ")}, but the chart plots only ${rows.length} row(s) (numbered from 0)` }];
  }
  // "an undefined baseline" is English; "was undefined" after interpolation is not.
  const broken = /\bNaN\b|\bnull\b|(?<!\ban )\bundefined\b|\[object Object\]/.exec(traced.text);
  if (broken) return [{ ...at, message: `${prefix}: the takeaway reads "${traced.text}", which contains "${broken[0]}"; a value it uses is empty or missing` }];
  if (traced.text.trim().length < 10) return [{ ...at, message: `${prefix}: the takeaway is empty or too short ("${traced.text}"); expected one sentence stating what the chart shows` }];
  return [];
}
