import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const SIZES = [1000, 100000, 1000000];
const LABEL: Record<number, string> = { 1000: "1 thousand rows", 100000: "100 thousand rows", 1000000: "1 million rows" };
const colour = (rows: unknown) => palette.series[Math.max(0, SIZES.indexOf(Number(rows)))];
const mib = (n: unknown) => `${Number(n).toLocaleString("en-US")} MiB`;

export default defineChart({
  id: "bench-peak-memory",
  title: "Peak memory of the build by number of articles and dataset size, on the benchmark machine",
  takeaway: (rows) => {
    const done = rows.filter((r) => r.ok === true);
    const peak = done.reduce((m, r) => (Number(r.peak_rss_megabytes) > Number(m.peak_rss_megabytes) ? r : m), done[0]);
    const under = done.filter((r) => Number(r.peak_rss_megabytes) < 2048).length;
    return `The largest peak was ${mib(peak.peak_rss_megabytes)}, with ${Number(peak.articles).toLocaleString("en-US")} articles over ${LABEL[Number(peak.dataset_rows)]}; ${under} of ${done.length} finished builds stayed under the 2,048 MiB (2 GB) target.`;
  },
  notes: [
    "Peak resident memory of the build's whole process tree, sampled every 100 ms from /proc while npm run bench ran astro build.",
    "The horizontal axis is logarithmic: each step is ten times more articles.",
  ],
  data: { dataset: "benchmarks", version: "1.0.0", resource: "builds", filter: (r) => r.articles !== null },
  legend: SIZES.map((size, index) => ({ label: `Dataset of ${LABEL[size]}`, swatch: "line" as const, color: palette.series[index] })),
  columns: [
    { key: "articles", label: "Articles", unit: "articles" },
    { key: "dataset_rows", label: "Dataset rows", unit: "rows" },
    { key: "peak_rss_megabytes", label: "Peak memory", unit: "MiB" },
    { key: "dataset_parses", label: "Dataset parses per build" },
    { key: "ok", label: "Finished" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const done = rows.filter((r) => r.ok === true);
    return {
      height: 320,
      marginTop: 30,
      marginLeft: 56,
      marginRight: narrow ? 16 : 40,
      x: { type: "log", label: "Articles (5 charts each)", ticks: [10, 100, 1000], tickFormat: (d: number) => d.toLocaleString("en-US"), inset: 12 },
      y: { label: "Peak memory (MiB)", grid: true, domain: [0, Math.max(2400, ...done.map((r) => Number(r.peak_rss_megabytes) * 1.1))], tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.ruleY([2048], { stroke: palette.muted, strokeDasharray: "5,4" }),
        Plot.text([2048], { y: (d: number) => d, frameAnchor: "left", text: () => "target: 2 GB", dy: -7, dx: 4, textAnchor: "start", fill: palette.muted, fontSize: 11 }),
        ...SIZES.map((size) => Plot.line(done.filter((r) => r.dataset_rows === size), { x: "articles", y: "peak_rss_megabytes", stroke: colour(size), strokeWidth: 2 })),
        Plot.dot(done, { x: "articles", y: "peak_rss_megabytes", fill: (d: Row) => colour(d.dataset_rows), r: 3.5, title: (d: Row) => `${d.articles} articles, ${LABEL[Number(d.dataset_rows)]}: ${mib(d.peak_rss_megabytes)}` }),
        Plot.ruleY([0]),
      ],
    };
  },
});
