import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const SIZES = [1000, 100000, 1000000];
const LABEL: Record<number, string> = { 1000: "1 thousand rows", 100000: "100 thousand rows", 1000000: "1 million rows" };
const colour = (rows: unknown) => palette.series[Math.max(0, SIZES.indexOf(Number(rows)))];
const seconds = (n: unknown) => `${Number(n).toLocaleString("en-US", { maximumFractionDigits: 1 })} s`;

export default defineChart({
  id: "bench-build-time",
  title: "Build time of synthetic sites by number of articles and dataset size, on the benchmark machine",
  takeaway: (rows) => {
    const largest = rows.filter((r) => r.articles === Math.max(...rows.map((d) => Number(d.articles))));
    const parts = largest.map((r) => `${seconds(r.wall_seconds)} over ${LABEL[Number(r.dataset_rows)] ?? `${r.dataset_rows} rows`}`);
    return `With ${Number(largest[0]?.articles).toLocaleString("en-US")} articles and ${Number(largest[0]?.charts).toLocaleString("en-US")} charts the build took ${parts.join(", ")}, against a target of 180 s.`;
  },
  notes: [
    "Measured by npm run bench: each synthetic article has five charts of its own and four figures drawn from the dataset; every build includes the search index.",
    "Wall-clock time on a 2-core machine shared with other work; the data table gives the CPU time and the load average during each build.",
    "Both axes are logarithmic: each step to the right is ten times more articles, and a line that rises by the same step (ten times the time) means build time proportional to the number of articles; a flatter line means fixed costs still dominate.",
    "Builds that did not finish are left out of the lines and listed in the data table.",
  ],
  data: { dataset: "benchmarks", version: "1.0.0", resource: "builds", filter: (r) => r.articles !== null },
  legend: SIZES.map((size, index) => ({ label: `Dataset of ${LABEL[size]}`, swatch: "line" as const, color: palette.series[index] })),
  columns: [
    { key: "articles", label: "Articles", unit: "articles" },
    { key: "charts", label: "Charts", unit: "charts" },
    { key: "dataset_rows", label: "Dataset rows", unit: "rows" },
    { key: "wall_seconds", label: "Build time", unit: "seconds" },
    { key: "cpu_seconds", label: "CPU time", unit: "CPU seconds" },
    { key: "load_average", label: "Load average during build" },
    { key: "ok", label: "Finished" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const done = rows.filter((r) => r.ok === true);
    const top = Math.max(400, ...done.map((r) => Number(r.wall_seconds) * 1.5));
    return {
      height: 340,
      marginTop: 30,
      marginLeft: 56,
      marginRight: narrow ? 16 : 40,
      x: { type: "log", label: "Articles (5 charts each)", ticks: [10, 100, 1000], tickFormat: (d: number) => d.toLocaleString("en-US"), inset: 12 },
      y: { type: "log", label: "Build time (seconds)", grid: true, domain: [5, top], ticks: [10, 20, 100, 200, 1000, 2000].filter((t) => t <= top), tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.ruleY([180], { stroke: palette.muted, strokeDasharray: "5,4" }),
        Plot.text([180], { y: (d: number) => d, frameAnchor: "left", text: () => "target: 3 minutes", dy: -7, dx: 4, textAnchor: "start", fill: palette.muted, fontSize: 11 }),
        ...SIZES.map((size) => Plot.line(done.filter((r) => r.dataset_rows === size), { x: "articles", y: "wall_seconds", stroke: colour(size), strokeWidth: 2 })),
        Plot.dot(done, { x: "articles", y: "wall_seconds", fill: (d: Row) => colour(d.dataset_rows), r: 3.5, title: (d: Row) => `${d.articles} articles, ${LABEL[Number(d.dataset_rows)]}: ${seconds(d.wall_seconds)}` }),
      ],
    };
  },
});
