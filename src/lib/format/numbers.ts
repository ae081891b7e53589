/** Formatting of figures for prose, tables and charts: one place, so every page prints numbers the same way. */

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Formats a number with thousands separators, keeping up to two decimals when the value has them. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** "FY2024" for a fiscal year stored as the year it ends in; never "2,024". */
export function formatFiscalYear(year: number | string): string {
  return `FY${year}`;
}

/** Formats a ratio (0.123) as a percent with one decimal ("12.3%"). */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
}

/** Signed difference with separators ("+12,345" / "−1,200"); uses a true minus sign. */
export function formatSigned(value: number): string {
  const text = formatNumber(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-04-04" → "April 4, 2026"; "2026-04" → "April 2026"; "2026" → "2026". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

/** Formats US dollars as billions with up to two decimals ("$3.48 billion"). */
export function formatBillions(dollars: number): string {
  return `$${(dollars / 1e9).toLocaleString("en-US", { maximumFractionDigits: 2 })} billion`;
}

/** The display formats a column or value may ask for. */
export type FormatName = "number" | "percent" | "fy" | "date" | "text" | "currency-billions" | "year";

/** Formats a typed cell by a named format; null becomes an em dash with the word "missing" for screen readers. */
export function formatCell(value: unknown, format: FormatName = "number"): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  switch (format) {
    case "fy":
      return formatFiscalYear(value as number);
    case "year":
      return String(value);
    case "date":
      return formatDate(String(value));
    case "percent":
      return formatPercent(Number(value));
    case "currency-billions":
      return formatBillions(Number(value));
    case "text":
      return String(value);
    case "number":
      return typeof value === "number" ? formatNumber(value) : String(value);
  }
}
