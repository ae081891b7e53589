import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const kb = (bytes: unknown) => `${(Number(bytes) / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KB`;

export default defineChart({
  id: "bench-page-weight",
  title: "Bytes transferred by each page with charts: as built, and if its charts were drawn in the browser",
  takeaway: (rows) => {
    const ratios = rows.map((r) => Number(r.ratio_gzip)).sort((a, b) => a - b);
    const heaviest = rows.reduce((m, r) => (Number(r.static_gzip_bytes) > Number(m.static_gzip_bytes) ? r : m), rows[0]);
    return `Drawing the charts in the browser would transfer ${ratios[0].toLocaleString("en-US")} to ${ratios[ratios.length - 1].toLocaleString("en-US")} times the compressed bytes of each page as built: the plotting library alone is ${kb(rows[0].plot_gzip_bytes)}, ${Number(rows[0].plot_gzip_bytes) > Number(heaviest.static_gzip_bytes) ? "more than" : "against"} ${kb(heaviest.static_gzip_bytes)} for the heaviest page as built (${heaviest.page}) with all its charts.`;
  },
  notes: [
    "As built: the page's HTML with its SVG charts inline, its stylesheets and JavaScript (none), each compressed with gzip. The phone-width chart images, loaded only on narrow screens, are not counted.",
    "Drawn in the browser: the same HTML without the SVGs, the stylesheets, Observable Plot and the parts of d3 it needs (only the functions the site's charts call, bundled and minified with esbuild), each chart's own code and the CSV of the rows it plots, each compressed with gzip.",
    "Measured by npm run bench:weight on the built site; pages without charts would be the same either way and are left out.",
  ],
  data: { dataset: "benchmarks", version: "1.0.0", resource: "page-weight", filter: (r) => Number(r.charts) > 0 },
  legend: [
    { label: "As built (SVG in the page)", swatch: "solid", color: palette.series[0] },
    { label: "Drawn in the browser", swatch: "outline", color: palette.series[1] },
  ],
  columns: [
    { key: "page", label: "Page" },
    { key: "charts", label: "Charts", unit: "charts" },
    { key: "static_bytes", label: "As built", unit: "bytes" },
    { key: "static_gzip_bytes", label: "As built, gzip", unit: "bytes" },
    { key: "client_bytes", label: "In the browser", unit: "bytes" },
    { key: "client_gzip_bytes", label: "In the browser, gzip", unit: "bytes" },
    { key: "plot_gzip_bytes", label: "Of which Plot and d3, gzip", unit: "bytes" },
    { key: "ratio_gzip", label: "Ratio (gzip)" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 50 + rows.length * 30,
    marginLeft: narrow ? 110 : 240,
    marginRight: 20,
    x: { label: "Kilobytes transferred (gzip)", grid: true, zero: true },
    y: { label: null, domain: rows.map((r) => String(r.page)), tickFormat: (d: string) => (narrow ? d.replace(/^\/(articles|notebooks)\//, "").replace(/\/$/, "").slice(0, 16) : d) },
    marks: [
      Plot.link(rows, { y1: "page", y2: "page", x1: (d: Row) => Number(d.static_gzip_bytes) / 1024, x2: (d: Row) => Number(d.client_gzip_bytes) / 1024, stroke: palette.muted, strokeOpacity: 0.6 }),
      Plot.dot(rows, { y: "page", x: (d: Row) => Number(d.client_gzip_bytes) / 1024, r: 4, stroke: palette.series[1], fill: "none", strokeWidth: 1.5, title: (d: Row) => `${d.page}: ${kb(d.client_gzip_bytes)} drawn in the browser` }),
      Plot.dot(rows, { y: "page", x: (d: Row) => Number(d.static_gzip_bytes) / 1024, r: 4, fill: palette.series[0], title: (d: Row) => `${d.page}: ${kb(d.static_gzip_bytes)} as built` }),
      Plot.ruleX([0]),
    ],
  }),
});
