// Child process of `npm run bench`: times building charts (row selection, both SVG widths, table and CSV) of a
// generated project against its generated catalog, through src/lib/charts, and prints one JSON object.
// Usage: node src/tools/bench/chart-timing.ts --project <folder> --sample 100
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildChart, selectChartRows } from "../../lib/charts/build-chart.ts";
import type { ChartDefinition } from "../../lib/charts/define.ts";
import { getCatalog } from "../../lib/data/catalog.ts";
import { intFlag, parseFlags, rejectUnknown } from "./args.ts";
import { median, round } from "./stats.ts";

const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["project", "sample"]);
const project = flags.get("project");
if (!project) throw new Error("--project is required: a generated benchmark project");
const sample = intFlag(flags, "sample", 100);

const started = performance.now();
const catalog = getCatalog({ root: project });
const catalogMs = performance.now() - started;
const files = readdirSync(join(project, "content", "charts")).filter((name) => name.endsWith(".ts")).sort();
// An even sample across all charts, so every chart kind and every part of the table is represented.
const step = Math.max(1, Math.floor(files.length / sample));
const picked = files.filter((_, index) => index % step === 0).slice(0, sample);

const total: number[] = [];
const svg: number[] = [];
const select: number[] = [];
const svgBytes: number[] = [];
for (const name of picked) {
  const definition = ((await import(pathToFileURL(join(project, "content", "charts", name)).href)) as { default: ChartDefinition }).default;
  let begun = performance.now();
  selectChartRows(catalog, definition);
  select.push(performance.now() - begun);
  begun = performance.now();
  const chart = buildChart(catalog, definition);
  total.push(performance.now() - begun);
  svg.push(chart.renderMs);
  svgBytes.push(Buffer.byteLength(chart.svg));
}
console.log(
  JSON.stringify({
    charts: files.length,
    sampled: picked.length,
    catalogMs: round(catalogMs, 1),
    medianBuildChartMs: round(median(total), 2),
    meanBuildChartMs: round(total.reduce((a, b) => a + b, 0) / total.length, 2),
    medianSvgMs: round(median(svg), 2),
    medianSelectRowsMs: round(median(select), 2),
    medianSvgBytes: median(svgBytes),
    maxSvgBytes: Math.max(...svgBytes),
  }),
);
