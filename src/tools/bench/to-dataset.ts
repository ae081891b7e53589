// Publishes the committed benchmark results as the `benchmarks` dataset, so the performance page can chart them
// with the site's own Chart component: reads bench/results/{site,dom,page-weight}.json, writes
// data/benchmarks/<version>/*.csv and datapackage.json (with each file's size and sha256), and adds or updates
// this dataset's own rows (ids starting `el-bench-`) in data/sources/site.csv, leaving every other row untouched.
// Every row has status "estimate": these are our own measurements on one machine, not official statistics.
// Released files never change: publish a new run as a new version (--version 1.1.0, after npm run data:version).
// Usage: node src/tools/bench/to-dataset.ts [--version 1.0.0] [--date 2026-11-27]
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseFlags, rejectUnknown } from "./args.ts";
import { parseReads } from "./site-report.ts";
import type { SiteReport } from "./site.ts";

const root = resolve(import.meta.dirname, "../../..");
const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["version", "date"]);
const version = flags.get("version") ?? "1.0.0";
const releaseDate = flags.get("date") ?? "2026-11-27";
const REPOSITORY = "https://github.com/enforcement-ledger/enforcement-ledger/blob/main";
const DATASET = "benchmarks";

type Cell = string | number | boolean | null | undefined;
interface FieldSpec {
  name: string;
  type: "string" | "integer" | "number" | "date" | "boolean";
  description: string;
  unit?: string;
  required?: boolean;
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) return "";
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(fields: FieldSpec[], rows: Record<string, Cell>[]): string {
  return `${[fields.map((field) => field.name).join(","), ...rows.map((row) => fields.map((field) => csvCell(row[field.name])).join(","))].join("\n")}\n`;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(root, "bench/results", file), "utf8")) as T;
const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");
const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;
const MB = 1024 ** 2;

const site = readJson<SiteReport>("site.json");
const dom = readJson<{ machine: SiteReport["machine"]; settings: { runs: number; warmup: number }; implementations: { name: string; version: string }[]; charts: { id: string; source: string; kind: string; linkedom: { medianMs: number; bytes: number }; jsdom: { medianMs: number; bytes: number }; equivalent: boolean }[] }>("dom.json");
const weight = readJson<{ machine: SiteReport["machine"]; plot: { plotVersion: string; used: { raw: number; gzip: number } }; pages: { path: string; kind: string; charts: number; static: { total: { raw: number; gzip: number }; inlineSvgRawBytes: number; js: { raw: number } }; client: { total: { raw: number; gzip: number }; plot: { raw: number; gzip: number }; csvData: { raw: number } }; ratio: { raw: number; gzip: number } }[] }>("page-weight.json");

const machineText = (m: SiteReport["machine"]) => `${m.cores} cores (${m.cpuModel}), ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GB memory, Node ${m.node}`;
const day = (iso: string) => iso.slice(0, 10);

const SOURCES = {
  site: { id: "el-bench-site-results", file: "site.json", title: "Build benchmark results (npm run bench)", date: day(site.machine.date) },
  dom: { id: "el-bench-dom-results", file: "dom.json", title: "DOM implementation benchmark results (npm run bench:dom)", date: day(dom.machine.date) },
  weight: { id: "el-bench-page-weight-results", file: "page-weight.json", title: "Page weight against client-side rendering (npm run bench:weight)", date: day(weight.machine.date) },
};
const provenance: FieldSpec[] = [
  { name: "status", type: "string", description: "Always estimate: a measurement by this project on one machine, not an official statistic.", required: true },
  { name: "source_id", type: "string", description: "Key into data/sources/: the committed results file the row was copied from.", required: true },
  { name: "source_locator", type: "string", description: "Where in the results file the row's figures are." },
  { name: "note", type: "string", description: "Caveats for this row." },
];
const buildId = (b: SiteReport["builds"][number]) => (b.articles === null ? "real-site" : `synthetic-${b.articles}-articles-${b.rows}-rows`);

// Builds: one row per measured build.
const buildFields: FieldSpec[] = [
  { name: "build", type: "string", description: "Which build: real-site (the repository as committed) or synthetic-<articles>-articles-<rows>-rows.", required: true },
  { name: "articles", type: "integer", unit: "articles", description: "Synthetic articles in the build (empty for the real site)." },
  { name: "charts", type: "integer", unit: "charts", description: "Synthetic charts in the build, five per article (empty for the real site)." },
  { name: "dataset_rows", type: "integer", unit: "rows", description: "Rows in the synthetic dataset every chart reads (empty for the real site)." },
  { name: "wall_seconds", type: "number", unit: "seconds", description: "Wall-clock time of astro build, search index included." },
  { name: "cpu_seconds", type: "number", unit: "CPU seconds", description: "User plus system CPU time of the build and its child processes." },
  { name: "load_average", type: "number", unit: "runnable processes", description: "Mean 1-minute load average of the machine during the build; above the core count, other work was competing for the processors." },
  { name: "peak_rss_megabytes", type: "number", unit: "MiB", description: "Peak resident memory of the build's whole process tree, sampled every 100 ms." },
  { name: "html_pages", type: "integer", unit: "pages", description: "HTML pages the build wrote." },
  { name: "pages_per_second", type: "number", unit: "pages per second", description: "HTML pages divided by wall-clock seconds." },
  { name: "chart_build_ms", type: "number", unit: "milliseconds per chart", description: "Median time to select a chart's rows and render both SVG widths, measured in-process on a sample of the build's charts." },
  { name: "dataset_parses", type: "integer", unit: "parses per build", description: "Times the build read and parsed the dataset CSV." },
  { name: "ok", type: "boolean", description: "Whether the build finished.", required: true },
  { name: "run_date", type: "date", description: "Date the benchmark ran.", required: true },
  { name: "machine", type: "string", description: "Cores, processor, memory and Node version of the machine.", required: true },
  ...provenance,
];
const buildRows = site.builds.map((b, index) => ({
  build: buildId(b),
  articles: b.articles,
  charts: b.charts,
  dataset_rows: b.rows,
  wall_seconds: r1(b.wallMs / 1000),
  cpu_seconds: b.cpuSeconds,
  load_average: b.meanLoadAverage,
  peak_rss_megabytes: Math.round(b.peakTreeRssBytes / MB),
  html_pages: b.htmlPages,
  pages_per_second: b.pagesPerSecond,
  chart_build_ms: b.chartTiming?.medianBuildChartMs ?? null,
  dataset_parses: b.articles === null ? null : parseReads(b),
  ok: b.ok,
  run_date: day(site.machine.date),
  machine: machineText(site.machine),
  status: "estimate",
  source_id: SOURCES.site.id,
  source_locator: `bench/results/site.json › builds[${index}]`,
  note: b.ok ? "" : `The build did not finish: ${b.error ?? "unknown error"}.`,
}));

// Build parts: where each build's wall time went.
const partFields: FieldSpec[] = [
  { name: "build", type: "string", description: "Which build (see the builds table).", required: true },
  { name: "part", type: "string", description: "A build phase, or a kind of route Astro generated during route generation.", required: true },
  { name: "seconds", type: "number", unit: "seconds", description: "Time spent: for phases, from when each phase's first line was printed; for routes, the sum of the per-route times Astro printed.", required: true },
  { name: "routes", type: "integer", unit: "routes", description: "Routes of this kind (empty for phases)." },
  ...provenance,
];
const partRows: Record<string, Cell>[] = [];
site.builds.forEach((b, index) => {
  if (!b.ok) return;
  const locator = `bench/results/site.json › builds[${index}]`;
  const routeMs = Object.values(b.routeKinds).reduce((sum, kind) => sum + kind.ms, 0);
  for (const [phase, ms] of Object.entries(b.phasesMs)) {
    if (phase === "route generation") continue;
    partRows.push({ build: buildId(b), part: phase, seconds: r1(ms / 1000), routes: null, status: "estimate", source_id: SOURCES.site.id, source_locator: `${locator}.phasesMs`, note: "" });
  }
  for (const [kind, total] of Object.entries(b.routeKinds).sort((x, y) => y[1].ms - x[1].ms)) {
    partRows.push({ build: buildId(b), part: kind, seconds: r1(total.ms / 1000), routes: total.count, status: "estimate", source_id: SOURCES.site.id, source_locator: `${locator}.routeKinds`, note: "" });
  }
  const rest = (b.phasesMs["route generation"] ?? 0) - routeMs;
  if (rest > 0) partRows.push({ build: buildId(b), part: "route generation, not attributed to a route", seconds: r1(rest / 1000), routes: null, status: "estimate", source_id: SOURCES.site.id, source_locator: `${locator}.phasesMs`, note: "Route-generation time outside the per-route times Astro printed (e.g. getStaticPaths and loading the catalog)." });
});

// Parse: the time to parse and validate each dataset size.
const parseFields: FieldSpec[] = [
  { name: "dataset_rows", type: "integer", unit: "rows", description: "Rows in the synthetic dataset.", required: true },
  { name: "csv_megabytes", type: "number", unit: "MiB", description: "Size of the CSV file." },
  { name: "runs", type: "integer", unit: "runs", description: "Timed runs (after one warm-up run); figures are medians." },
  { name: "read_table_ms", type: "number", unit: "milliseconds", description: "Decode, parse and validate the file against its schema (readTable in src/lib/data), as a build does." },
  { name: "read_table_cpu_ms", type: "number", unit: "CPU milliseconds", description: "CPU time of the same work: what it costs when nothing else competes for the processor." },
  { name: "parse_csv_ms", type: "number", unit: "milliseconds", description: "Of which parsing the CSV text into records with positions." },
  { name: "validate_ms", type: "number", unit: "milliseconds", description: "Of which typing and checking every cell and row." },
  { name: "load_catalog_ms", type: "number", unit: "milliseconds", description: "The whole catalog as a build loads it: sources registry, descriptor, checksum and table." },
  { name: "peak_rss_megabytes", type: "number", unit: "MiB", description: "Peak resident memory of the measuring process." },
  { name: "run_date", type: "date", description: "Date the benchmark ran.", required: true },
  ...provenance,
];
const parseRows = site.parse.map((p, index) => ({
  dataset_rows: p.rows,
  csv_megabytes: r1(p.bytes / MB),
  runs: p.runs,
  read_table_ms: p.median.readTableMs,
  read_table_cpu_ms: p.median.readTableCpuMs ?? null,
  parse_csv_ms: p.median.parseCsvMs,
  validate_ms: p.median.validateMs,
  load_catalog_ms: p.median.loadCatalogMs,
  peak_rss_megabytes: Math.round(p.peakRssBytes / MB),
  run_date: day((site.parseMachine ?? site.machine).date),
  status: "estimate",
  source_id: SOURCES.site.id,
  source_locator: `bench/results/site.json › parse[${index}]`,
  note: "",
}));

// DOM: linkedom against jsdom, chart by chart.
const domFields: FieldSpec[] = [
  { name: "chart", type: "string", description: "Chart id (content/charts/) or name of a synthetic stress chart.", required: true },
  { name: "chart_source", type: "string", description: "content/charts (a real chart against the real catalog) or synthetic.", required: true },
  { name: "kind", type: "string", description: "What the chart draws (rows and marks for real charts)." },
  { name: "linkedom_ms", type: "number", unit: "milliseconds", description: "Median time to render the chart to a finished SVG with linkedom as the DOM." },
  { name: "jsdom_ms", type: "number", unit: "milliseconds", description: "Median time for the same steps with jsdom as the DOM." },
  { name: "linkedom_bytes", type: "integer", unit: "bytes", description: "Size of the finished SVG rendered with linkedom." },
  { name: "jsdom_bytes", type: "integer", unit: "bytes", description: "Size of the finished SVG rendered with jsdom." },
  { name: "equivalent", type: "boolean", description: "Whether the two SVGs are the same once attribute order, entity escaping and self-closing tags are normalised." },
  ...provenance,
];
const domRows = dom.charts.map((chart, index) => ({
  chart: chart.id,
  chart_source: chart.source,
  kind: chart.kind,
  linkedom_ms: r2(chart.linkedom.medianMs),
  jsdom_ms: r2(chart.jsdom.medianMs),
  linkedom_bytes: chart.linkedom.bytes,
  jsdom_bytes: chart.jsdom.bytes,
  equivalent: chart.equivalent,
  status: "estimate",
  source_id: SOURCES.dom.id,
  source_locator: `bench/results/dom.json › charts[${index}]`,
  note: "",
}));

// Page weight: static SVG against client-side rendering, page by page.
const weightFields: FieldSpec[] = [
  { name: "page", type: "string", description: "Path of the page on the site.", required: true },
  { name: "page_kind", type: "string", description: "article or notebook." },
  { name: "charts", type: "integer", unit: "charts", description: "Charts on the page." },
  { name: "static_bytes", type: "integer", unit: "bytes", description: "What the page transfers as built: HTML with its inline SVG charts, stylesheets and JavaScript (none)." },
  { name: "static_gzip_bytes", type: "integer", unit: "bytes", description: "The same, each file gzip-compressed (level 6)." },
  { name: "svg_bytes", type: "integer", unit: "bytes", description: "Of the static bytes, the inline SVG charts." },
  { name: "client_bytes", type: "integer", unit: "bytes", description: "What a client-rendered page would transfer: the HTML without SVGs, stylesheets, Observable Plot with its d3 dependencies (the exports the charts use, minified), each chart's code and CSV data." },
  { name: "client_gzip_bytes", type: "integer", unit: "bytes", description: "The same, each file gzip-compressed (level 6)." },
  { name: "plot_gzip_bytes", type: "integer", unit: "bytes", description: "Of the client gzip bytes, Observable Plot and its d3 dependencies (the same for every page with charts)." },
  { name: "ratio_gzip", type: "number", unit: "client bytes per static byte", description: "Client gzip bytes divided by static gzip bytes." },
  ...provenance,
];
const weightRows = weight.pages.map((page, index) => ({
  page: page.path,
  page_kind: page.kind,
  charts: page.charts,
  static_bytes: page.static.total.raw,
  static_gzip_bytes: page.static.total.gzip,
  svg_bytes: page.static.inlineSvgRawBytes,
  client_bytes: page.client.total.raw,
  client_gzip_bytes: page.client.total.gzip,
  plot_gzip_bytes: page.client.plot.gzip,
  ratio_gzip: page.ratio.gzip,
  status: "estimate",
  source_id: SOURCES.weight.id,
  source_locator: `bench/results/page-weight.json › pages[${index}]`,
  note: page.charts === 0 ? "No charts: a client-rendered version would be the same page." : "",
}));

const resources = [
  { name: "builds", title: "Build benchmark: one row per build", description: "Wall time, CPU time, memory and throughput of each measured build.", fields: buildFields, rows: buildRows, primaryKey: ["build"] },
  { name: "build-parts", title: "Build benchmark: where the time went", description: "Each build's wall time split into phases and the kinds of routes generated.", fields: partFields, rows: partRows, primaryKey: ["build", "part"] },
  { name: "parse", title: "Parse and validate time by dataset size", description: "Time to decode, parse and validate synthetic datasets of growing size through src/lib/data.", fields: parseFields, rows: parseRows, primaryKey: ["dataset_rows"] },
  { name: "dom", title: "Rendering charts with linkedom and with jsdom", description: "Median render time, output size and equivalence of each chart with the two DOM implementations.", fields: domFields, rows: domRows, primaryKey: ["chart"] },
  { name: "page-weight", title: "Page weight: static SVG against client-side rendering", description: "Bytes each page with charts transfers as built, against the bytes a client-rendered version would need.", fields: weightFields, rows: weightRows, primaryKey: ["page"] },
];

const folder = join(root, "data", DATASET, version);
mkdirSync(folder, { recursive: true });
const files: Record<string, { bytes: number; sha256: string }> = {};
for (const resource of resources) {
  const text = csv(resource.fields, resource.rows);
  writeFileSync(join(folder, `${resource.name}.csv`), text);
  files[resource.name] = { bytes: Buffer.byteLength(text), sha256: sha256(text) };
}

const descriptorPath = join(root, "data", DATASET, "datapackage.json");
const previous = existsSync(descriptorPath) ? (JSON.parse(readFileSync(descriptorPath, "utf8")) as { releases?: { version: string; date: string; changes: string; files: unknown }[] }) : {};
const releases = (previous.releases ?? []).filter((release) => release.version !== version);
releases.push({ version, date: releaseDate, changes: releases.length === 0 ? "First release." : `Benchmark run of ${day(site.machine.date)}.`, files });
const descriptor = {
  name: DATASET,
  title: "Benchmarks of this site: build cost, parse time, DOM rendering and page weight",
  description:
    "Measurements of the Enforcement Ledger site itself, copied from the benchmark results committed in the repository (bench/results/): how long the build takes and how much memory it uses as synthetic sites grow from 10 to 1,000 articles and their dataset from 1 thousand to 1 million rows, how long a dataset takes to parse and validate, how fast charts render with two DOM implementations, and how many bytes a page with charts transfers compared with drawing the same charts in the browser.",
  topic: "methods",
  keywords: ["benchmark", "performance", "build", "page weight"],
  licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
  contributors: [{ title: "Enforcement Ledger", role: "author" }],
  caveats: [
    "Every row is a measurement this project made on one machine, so each carries status estimate; none is an official statistic.",
    "The machine had 2 cores shared with other work; times depend on that load, which the builds table records as a load average.",
    "Synthetic sites use generated articles, charts and data that describe nothing real; they measure the pipeline, not the content.",
    "Rerunning the benchmarks changes these figures: a new run is published as a new version of this dataset.",
  ],
  resources: resources.map((resource) => ({
    name: resource.name,
    path: `${resource.name}.csv`,
    title: resource.title,
    description: resource.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    schema: {
      fields: resource.fields.map((field) => ({
        name: field.name,
        type: field.type,
        description: field.description,
        ...(field.unit ? { unit: field.unit } : {}),
        ...(field.name === "status" ? { constraints: { required: true, enum: ["official", "claim", "estimate", "missing"] } } : field.required ? { constraints: { required: true } } : {}),
      })),
      primaryKey: resource.primaryKey,
    },
  })),
  releases,
};
writeFileSync(descriptorPath, `${JSON.stringify(descriptor, null, 2)}\n`);

// Sources: this dataset's own rows in data/sources/site.csv, with the sha256 of each results file.
const registry = join(root, "data", "sources", "site.csv");
const header = "id,publisher,title,url,published,accessed,tier,sha256,note";
// Lines are kept byte for byte (a quoted note may span lines); only lines that start a row of ours are replaced.
const existing = existsSync(registry) ? readFileSync(registry, "utf8").replace(/\n$/, "").split("\n") : [header];
const kept = existing.filter((line) => !line.startsWith("el-bench-"));
for (const source of Object.values(SOURCES)) {
  const digest = sha256(readFileSync(join(root, "bench/results", source.file)));
  kept.push(
    [source.id, "Enforcement Ledger", source.title, `${REPOSITORY}/bench/results/${source.file}`, source.date, source.date, "analysis", digest, "Our own measurement, committed with the code that made it (src/tools/bench/); rerun it with the npm command in the title."].map(csvCell).join(","),
  );
}
writeFileSync(registry, `${kept.join("\n")}\n`);
console.log(`Wrote data/${DATASET}/${version}/ (${resources.map((r) => `${r.name}: ${r.rows.length} rows`).join(", ")}), data/${DATASET}/datapackage.json and ${Object.keys(SOURCES).length} sources in data/sources/site.csv.`);
