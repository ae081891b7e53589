import type { PlotOptions } from "@observablehq/plot";
import type { Issue } from "../data/issues.ts";
import type { Row } from "../data/validate-table.ts";
import type { FormatName } from "../format/numbers.ts";
import type { LegendItem } from "./house.ts";

/** Which rows of which dataset version a chart plots. */
export interface ChartData {
  /** Dataset name (folder under data/). */
  dataset: string;
  /** Pinned version, e.g. "1.0.0": a chart never changes because new data was released. */
  version: string;
  /** Resource (table) name; may be omitted when the dataset has one table. */
  resource?: string;
  /** Keeps only the rows the chart plots. */
  filter?: (row: Row) => boolean;
}

/** One column of the data table shown under the chart (and of its CSV download). */
export interface ChartColumn {
  key: string;
  label: string;
  unit?: string;
  format?: FormatName;
}

/** What the plot function receives. */
export interface PlotContext {
  rows: Row[];
  /** Render width in pixels (688 for the article column, 360 for the narrow variant). */
  width: number;
  /** True for the narrow (phone) variant. */
  narrow: boolean;
}

/** A chart: metadata a reader needs, the rows it plots, and the Plot specification. */
export interface ChartDefinition {
  /** Stable id (the file name): used in URLs `/charts/<id>/` and in MDX `<Chart id="…" />`. */
  id: string;
  /** Heading that says what is counted, by whom, over which period. */
  title: string;
  /** One sentence stating what the chart shows; doubles as its text alternative. */
  takeaway: string | ((rows: Row[]) => string);
  /** Definitions, period and caveats, one sentence each (at least one). */
  notes: string[];
  /** The data plotted: one or more dataset selections, concatenated in order. */
  data: ChartData | ChartData[];
  /** Optional transformation applied to the selected rows before plotting (shown with the chart's code). */
  transform?: (rows: Row[]) => Row[];
  /** Columns of the data table and CSV download. */
  columns: ChartColumn[];
  /** Legend drawn in HTML above the chart (Plot's own legends are not used). */
  legend?: LegendItem[];
  /** Returns Plot options; the renderer adds the document, width and class. */
  plot: (context: PlotContext) => PlotOptions;
}

/** Identity function that gives chart modules type checking and a single place to evolve the API. */
export function defineChart(definition: ChartDefinition): ChartDefinition {
  return definition;
}

/** The dataset selections of a chart as a list. */
export function chartSelections(definition: ChartDefinition): ChartData[] {
  return Array.isArray(definition.data) ? definition.data : [definition.data];
}

/** Checks that a chart has everything a reader needs; returns issues located at the chart's file. */
export function validateChartDefinition(definition: Partial<ChartDefinition> | undefined, file: string, expectedId: string): Issue[] {
  const issues: Issue[] = [];
  const fail = (message: string) => issues.push({ file, line: 1, column: 1, message: `chart "${expectedId}": ${message}` });
  if (!definition || typeof definition !== "object") {
    fail("the module has no default export; expected `export default defineChart({ … })`");
    return issues;
  }
  if (definition.id !== expectedId) fail(`id is "${definition.id ?? ""}"; expected "${expectedId}" (the file name)`);
  if (!definition.title || definition.title.trim().length < 5) fail("has no title; expected a heading saying what is counted, by whom, over which period");
  if (!definition.takeaway || (typeof definition.takeaway === "string" && definition.takeaway.trim().length < 10)) {
    fail("has no takeaway; expected one sentence stating what the chart shows (it is also the text alternative)");
  }
  if (!Array.isArray(definition.notes) || definition.notes.filter((note) => note.trim()).length === 0) {
    fail("has no notes; expected at least one note giving definitions, period or caveats");
  }
  if (!definition.data) fail("has no data; expected { dataset, version, resource }");
  else {
    for (const selection of chartSelections(definition as ChartDefinition)) {
      if (!selection.dataset) fail("a data selection has no dataset");
      if (!selection.version || !/^\d+\.\d+\.\d+$/.test(selection.version)) fail(`data from "${selection.dataset}" has no pinned version; expected e.g. version: "1.0.0"`);
    }
  }
  if (!Array.isArray(definition.columns) || definition.columns.length === 0) fail("has no columns; expected the columns of the data table shown under the chart");
  if (typeof definition.plot !== "function") fail("has no plot function; expected plot: ({ rows, width }) => ({ marks: [...] })");
  return issues;
}
