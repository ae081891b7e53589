import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const ms = (n: unknown) => `${Number(n).toLocaleString("en-US", { maximumFractionDigits: 1 })} ms`;
const short = (id: unknown, narrow: boolean) => {
  const text = String(id);
  const limit = narrow ? 16 : 44;
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
};

export default defineChart({
  id: "bench-dom-render-time",
  title: "Time to render each chart to SVG with linkedom and with jsdom as the DOM, on the benchmark machine",
  takeaway: (rows) => {
    const faster = rows.filter((r) => Number(r.linkedom_ms) < Number(r.jsdom_ms)).length;
    const total = (key: string) => rows.reduce((sum, r) => sum + Number(r[key]), 0);
    const same = rows.filter((r) => r.equivalent === true).length;
    return `linkedom was faster for ${faster} of ${rows.length} charts (${ms(total("linkedom_ms"))} in all against ${ms(total("jsdom_ms"))} for jsdom), and ${same} of ${rows.length} SVGs were equivalent once attribute order and self-closing tags were normalised.`;
  },
  notes: [
    "Measured by npm run bench:dom: every chart module in content/charts against the real catalog, plus five synthetic stress charts (120 bars, six lines with gaps, 2,000 dots, dated rules with labels, every mark at once), each rendered at 688 px through the renderer's own steps; median of 21 runs after 3 warm-up runs, the two implementations alternating.",
    "Creating the document Plot draws into happens once per build and is not included in these times; the dom.json results file records it for both implementations.",
    "The horizontal axis is logarithmic.",
  ],
  data: { dataset: "benchmarks", version: "1.0.0", resource: "dom" },
  legend: [
    { label: "linkedom (used by the site)", swatch: "solid", color: palette.series[0] },
    { label: "jsdom", swatch: "outline", color: palette.series[1] },
  ],
  columns: [
    { key: "chart", label: "Chart" },
    { key: "kind", label: "What it draws" },
    { key: "linkedom_ms", label: "linkedom", unit: "ms" },
    { key: "jsdom_ms", label: "jsdom", unit: "ms" },
    { key: "linkedom_bytes", label: "SVG with linkedom", unit: "bytes" },
    { key: "jsdom_bytes", label: "SVG with jsdom", unit: "bytes" },
    { key: "equivalent", label: "Equivalent" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 40 + rows.length * 15,
    marginLeft: narrow ? 100 : 270,
    x: { type: "log", label: "Median render time (ms)", grid: true, ticks: [1, 2, 5, 10, 20, 50, 100, 200, 500], tickFormat: (d: number) => d.toLocaleString("en-US") },
    y: { label: null, domain: rows.map((r) => String(r.chart)), tickFormat: (d: string) => short(d, narrow), tickSize: 0 },
    marks: [
      Plot.link(rows, { y1: "chart", y2: "chart", x1: "linkedom_ms", x2: "jsdom_ms", stroke: palette.muted, strokeOpacity: 0.6 }),
      Plot.dot(rows, { y: "chart", x: "jsdom_ms", r: 3.5, stroke: palette.series[1], fill: "none", strokeWidth: 1.5, title: (d: Row) => `${d.chart}: jsdom ${ms(d.jsdom_ms)}` }),
      Plot.dot(rows, { y: "chart", x: "linkedom_ms", r: 3.5, fill: palette.series[0], title: (d: Row) => `${d.chart}: linkedom ${ms(d.linkedom_ms)}` }),
    ],
  }),
});
