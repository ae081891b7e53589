import type { Field, FieldType } from "./descriptor.ts";

/** A typed cell value: numbers for integer/number/year, strings for dates and text, null when empty. */
export type CellValue = string | number | boolean | null;

export type ParsedValue = { ok: true; value: CellValue } | { ok: false; expected: string };

const INTEGER = /^-?(0|[1-9]\d*)$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;
const YEAR = /^\d{4}$/;
const YEARMONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const EXPECTED: Record<FieldType, string> = {
  integer: "a whole number with no separators, e.g. 271484",
  number: "a plain number with no separators, e.g. 1234.5",
  string: "text",
  date: "a calendar date YYYY-MM-DD",
  year: "a four-digit year, e.g. 2024",
  yearmonth: "a month YYYY-MM",
  boolean: "true or false",
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year-month-day is a real calendar date (Gregorian leap years), without allocating a Date. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** Parses one cell by its field type. Never coerces silently: "1,234" is not an integer, "2024-02-30" not a date. */
export function parseValue(type: FieldType, raw: string): ParsedValue {
  if (raw === "") return { ok: true, value: null };
  switch (type) {
    case "string":
      return { ok: true, value: raw };
    case "integer":
      return INTEGER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, expected: EXPECTED.integer };
    case "number":
      return NUMBER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, expected: EXPECTED.number };
    case "year":
      return YEAR.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, expected: EXPECTED.year };
    case "yearmonth":
      return YEARMONTH.test(raw) ? { ok: true, value: raw } : { ok: false, expected: EXPECTED.yearmonth };
    case "boolean":
      return raw === "true" || raw === "false" ? { ok: true, value: raw === "true" } : { ok: false, expected: EXPECTED.boolean };
    case "date": {
      const match = DATE.exec(raw);
      if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return { ok: true, value: raw };
      return { ok: false, expected: EXPECTED.date };
    }
  }
}

const patterns = new Map<string, RegExp>();

/** The compiled, anchored form of a `pattern` constraint (compiled once, not once per cell). */
function patternRegExp(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(`^(?:${pattern})$`);
    patterns.set(pattern, compiled);
  }
  return compiled;
}

/** Checks a typed, non-null value against the field's constraints; returns what was expected when it fails. */
export function checkConstraints(field: Field, value: CellValue): string | null {
  const constraints = field.constraints;
  if (!constraints || value === null) return null;
  if (constraints.enum && !constraints.enum.includes(String(value))) {
    return `one of ${constraints.enum.map((option) => `"${option}"`).join(", ")}`;
  }
  if (typeof value === "number") {
    if (constraints.minimum !== undefined && value < constraints.minimum) return `a value ≥ ${constraints.minimum}`;
    if (constraints.maximum !== undefined && value > constraints.maximum) return `a value ≤ ${constraints.maximum}`;
  }
  if (constraints.pattern && !patternRegExp(constraints.pattern).test(String(value))) {
    return `text matching /${constraints.pattern}/`;
  }
  return null;
}
