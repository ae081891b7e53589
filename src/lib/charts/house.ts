/**
 * House style for charts. Colours are CSS custom properties defined in the site stylesheet (light and dark
 * values), so one SVG follows the reader's theme. Categorical colours are the Okabe–Ito palette, which stays
 * distinguishable with the common forms of colour blindness.
 */
export const palette = {
  /** Official statistics: solid fill. */
  official: "var(--c-official)",
  /** Official claims: drawn as outlines (stroke, no fill). */
  claim: "var(--c-claim)",
  /** Independent estimates: lighter fill. */
  estimate: "var(--c-estimate)",
  /** Context and reference marks (gridlines, thresholds, annotations). */
  muted: "var(--c-muted)",
  /** Categorical series, in order of use. */
  series: ["var(--c-1)", "var(--c-2)", "var(--c-3)", "var(--c-4)", "var(--c-5)", "var(--c-6)"],
} as const;

/** Fiscal-year tick and label format: 2024 → "FY2024" (never "2,024"). */
export function fy(year: number | string | Date): string {
  const value = year instanceof Date ? year.getUTCFullYear() : year;
  return `FY${value}`;
}

/** Short fiscal-year label for dense axes: 2024 → "FY24". */
export function fyShort(year: number | string): string {
  return `FY${String(year).slice(-2)}`;
}

/** Fill for a status: solid for official, none for claims (drawn outlined), light for estimates. */
export function statusFill(status: unknown): string {
  return status === "claim" ? "none" : status === "estimate" ? palette.estimate : palette.official;
}

/** Stroke for a status: claims carry the outline; others none. */
export function statusStroke(status: unknown): string {
  return status === "claim" ? palette.claim : "none";
}

/** One entry of a chart's legend, drawn in HTML beside the chart. */
export interface LegendItem {
  label: string;
  /** How the swatch is drawn: a solid block, an outline, a light block, a line or a dashed line. */
  swatch: "solid" | "outline" | "light" | "line" | "dashed";
  /** A palette colour (CSS value). */
  color: string;
}

/** The legend that explains the status convention. */
export const statusLegend: LegendItem[] = [
  { label: "Official statistic", swatch: "solid", color: palette.official },
  { label: "Official claim (no published data)", swatch: "outline", color: palette.claim },
  { label: "Independent estimate", swatch: "light", color: palette.estimate },
];

/** Dated events the site annotates on time charts. */
export const events = {
  inauguration2025: { date: "2025-01-20", label: "Jan. 20, 2025" },
  title42Start: { date: "2020-03-21", label: "Title 42 begins" },
  title42End: { date: "2023-05-11", label: "Title 42 ends" },
} as const;

/** Parses "YYYY-MM-DD" or "YYYY-MM" as a UTC date for time scales. */
export function utcDate(iso: string): Date {
  const [year, month = "01", day = "01"] = iso.split("-");
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * Concrete colours of the light theme, for files that leave the page (downloadable SVG, PNG) where CSS
 * variables do not resolve. The site stylesheet defines the same values (a test keeps them in sync).
 */
export const lightTheme: Record<string, string> = {
  "--fg": "#1a1a1a",
  "--bg": "#ffffff",
  "--c-official": "#0a5b93",
  "--c-claim": "#b34700",
  "--c-estimate": "#6aa8d6",
  "--c-muted": "#6b6b6b",
  "--c-1": "#0a5b93",
  "--c-2": "#b86e00",
  "--c-3": "#007a5a",
  "--c-4": "#b3478e",
  "--c-5": "#3d8fc4",
  "--c-6": "#b34700",
};

/** Concrete colours of the dark theme (same names as `lightTheme`), for self-themed SVG files. */
export const darkTheme: Record<string, string> = {
  "--fg": "#e8e6e3",
  "--bg": "#16181b",
  "--c-official": "#56b4e9",
  "--c-claim": "#f28e2b",
  "--c-estimate": "#2f6f99",
  "--c-muted": "#9a9a9a",
  "--c-1": "#56b4e9",
  "--c-2": "#e69f00",
  "--c-3": "#2bbf94",
  "--c-4": "#e08fc4",
  "--c-5": "#9ccff0",
  "--c-6": "#f28e2b",
};
