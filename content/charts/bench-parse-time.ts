import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const size = (rows: unknown) => (Number(rows) >= 1e6 ? `${Number(rows) / 1e6} million rows` : `${(Number(rows) / 1e3).toLocaleString("en-US")} thousand rows`);
const seconds = (ms: unknown) => `${(Number(ms) / 1000).toLocaleString("en-US", { maximumFractionDigits: 2 })} s`;

export default defineChart({
  id: "bench-parse-time",
  title: "Time to parse and validate a dataset CSV, by number of rows, on the benchmark machine",
  takeaway: (rows) => {
    const largest = rows.reduce((m, r) => (Number(r.dataset_rows) > Number(m.dataset_rows) ? r : m), rows[0]);
    return `Decoding, parsing and validating ${size(largest.dataset_rows)} (${largest.csv_megabytes} MiB) took ${seconds(largest.read_table_ms)}, against a target of 3 s; ${rows.map((r) => `${size(r.dataset_rows)}: ${seconds(r.read_table_ms)}`).join(", ")}.`;
  },
  notes: [
    "Measured in-process through src/lib/data (readTable: decode the bytes as UTF-8, parse the CSV with line and column positions, type and check every cell and row against the schema), median of repeated runs after a warm-up run, each size in a fresh process.",
    "The synthetic table has seven columns (series, year, value, status, source, locator, note), the shape of the site's own tables.",
    "A build parses each dataset once, whatever the number of pages that use it (the build table counts the parses).",
  ],
  data: { dataset: "benchmarks", version: "1.0.0", resource: "parse" },
  columns: [
    { key: "dataset_rows", label: "Rows", unit: "rows" },
    { key: "csv_megabytes", label: "CSV size", unit: "MiB" },
    { key: "read_table_ms", label: "Parse and validate", unit: "ms" },
    { key: "parse_csv_ms", label: "Of which parsing", unit: "ms" },
    { key: "validate_ms", label: "Of which validating", unit: "ms" },
    { key: "load_catalog_ms", label: "Whole catalog load", unit: "ms" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows }) => ({
    height: 300,
    marginLeft: 56,
    marginTop: 24,
    x: { type: "band", label: null, tickFormat: (d: number) => size(d) },
    y: { label: "Seconds", grid: true, domain: [0, Math.max(3.6, ...rows.map((r) => (Number(r.read_table_ms) / 1000) * 1.15))] },
    marks: [
      Plot.ruleY([3], { stroke: palette.muted, strokeDasharray: "5,4" }),
      Plot.text([3], { y: (d: number) => d, frameAnchor: "left", text: () => "target for 1 million rows: 3 s", dy: -7, dx: 4, textAnchor: "start", fill: palette.muted, fontSize: 11 }),
      Plot.barY(rows, { x: "dataset_rows", y: (d: Row) => Number(d.read_table_ms) / 1000, fill: palette.estimate }),
      Plot.text(rows, { x: "dataset_rows", y: (d: Row) => Number(d.read_table_ms) / 1000, text: (d: Row) => seconds(d.read_table_ms), dy: -8, fontSize: 11 }),
      Plot.ruleY([0]),
    ],
  }),
});
