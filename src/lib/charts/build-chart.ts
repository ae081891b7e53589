import { csvFormatRows } from "d3-dsv";
import { requireDataset, requireTable, type Catalog } from "../data/catalog.ts";
import type { Row } from "../data/validate-table.ts";
import { creditOrder, type Source } from "../data/sources.ts";
import { formatCell } from "../format/numbers.ts";
import { chartSelections, type ChartDefinition } from "./define.ts";
import { renderPlot } from "./render-plot.ts";

/** Article column width and the narrow (phone) width charts are rendered at. */
export const CHART_WIDTH = 688;
export const CHART_NARROW_WIDTH = 360;
/** Charts plotting more rows than this drop per-mark tooltips; the data table under the chart has every value. */
export const MARK_TITLE_ROW_LIMIT = 120;

/** Removes the tooltip `<title>` of each mark, keeping the root title (which carries an id). */
export function stripMarkTitles(svg: string): string {
  return svg.replace(/<title>[^<]*<\/title>/g, "");
}

/** A dataset version a chart used. */
export interface ChartDatasetUse {
  dataset: string;
  version: string;
  resource: string;
  title: string;
}

/** Everything a page needs to show a chart; computed once per chart per build. */
export interface BuiltChart {
  definition: ChartDefinition;
  rows: Row[];
  takeaway: string;
  svg: string;
  svgNarrow: string;
  datasets: ChartDatasetUse[];
  /** Sources cited by the plotted rows, original agency first. */
  sources: Source[];
  /** CSV of exactly the plotted rows and the table's columns. */
  csv: string;
  /** Table header labels (with units) and formatted cells. */
  table: { headers: string[]; cells: string[][] };
  /** Milliseconds spent rendering both SVGs. */
  renderMs: number;
}

/** Selects a chart's rows from the catalog: each selection filtered, then concatenated, then transformed. */
export function selectChartRows(catalog: Catalog, definition: ChartDefinition): { rows: Row[]; datasets: ChartDatasetUse[] } {
  const rows: Row[] = [];
  const datasets: ChartDatasetUse[] = [];
  for (const selection of chartSelections(definition)) {
    const dataset = requireDataset(catalog, selection.dataset);
    const { table, resource, version } = requireTable(dataset, selection.resource, selection.version);
    const picked = selection.filter ? table.rows.filter(selection.filter) : table.rows;
    rows.push(...picked.map((row) => ({ ...row })));
    datasets.push({ dataset: dataset.name, version: version.version, resource: resource.name, title: dataset.descriptor.title });
  }
  return { rows: definition.transform ? definition.transform(rows) : rows, datasets };
}

/** Label for a table column: "Removals (people)". */
export function columnLabel(column: { label: string; unit?: string }): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** Renders a chart definition against the catalog. Throws naming the chart when its data or spec is wrong. */
export function buildChart(catalog: Catalog, definition: ChartDefinition): BuiltChart {
  const { rows, datasets } = selectChartRows(catalog, definition);
  if (rows.length === 0) throw new Error(`chart "${definition.id}": the data selection matched no rows`);
  for (const column of definition.columns) {
    if (!rows.some((row) => column.key in row)) throw new Error(`chart "${definition.id}": table column "${column.key}" is not in the plotted rows`);
  }
  const takeaway = typeof definition.takeaway === "function" ? definition.takeaway(rows) : definition.takeaway;
  const started = performance.now();
  const render = (width: number, narrow: boolean) =>
    renderPlot(definition.plot({ rows, width, narrow }), {
      idPrefix: narrow ? `${definition.id}-n` : definition.id,
      width,
      title: definition.title,
      description: takeaway,
    });
  // Per-mark tooltips (<title>) repeat the data table; on dense charts they would double the SVG's size.
  const keepMarkTitles = rows.length <= MARK_TITLE_ROW_LIMIT;
  const svg = keepMarkTitles ? render(CHART_WIDTH, false) : stripMarkTitles(render(CHART_WIDTH, false));
  const svgNarrow = render(CHART_NARROW_WIDTH, true);
  const renderMs = performance.now() - started;

  const sourceIds = [...new Set(rows.map((row) => row.source_id).filter((id): id is string => typeof id === "string" && id !== ""))];
  const sources = creditOrder(sourceIds.map((id) => {
    const source = catalog.sources.get(id);
    if (!source) throw new Error(`chart "${definition.id}": source "${id}" is not in the registry`);
    return source;
  }));
  const keys = definition.columns.map((column) => column.key);
  const csv = `${csvFormatRows([keys, ...rows.map((row) => keys.map((key) => (row[key] === null || row[key] === undefined ? "" : String(row[key]))))])}\n`;
  const table = {
    headers: definition.columns.map(columnLabel),
    cells: rows.map((row) => definition.columns.map((column) => formatCell(row[column.key], column.format ?? (typeof row[column.key] === "number" ? "number" : "text")))),
  };
  return { definition, rows, takeaway, svg, svgNarrow, datasets, sources, csv, table, renderMs };
}
