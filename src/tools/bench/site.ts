// `npm run bench`: how build cost grows with the site. Generates synthetic sites in a temporary folder
// (10, 100 and 1,000 articles × 5 charts, over datasets of 1 thousand, 100 thousand and 1 million rows),
// builds each with the real pipeline (a copy of src/, public/, astro.config.mjs, tsconfig.json, package.json;
// node_modules symlinked; generated content/ and data/), builds a copy of the real site too, and reports wall
// time, peak RSS of the build's process tree, pages per second, ms per chart, where the time went, how many
// times each build read the dataset, and the time to parse and validate each dataset size through src/lib/data.
// Writes bench/results/site.json and site.md. Nothing generated is kept unless --keep is given.
//
// Usage: npm run bench -- [--articles 10,100,1000] [--rows 1000,100000,1000000] [--no-real]
//        [--parse-runs N] [--chart-sample 60] [--timeout-min 30] [--profile] [--keep] [--out bench/results]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { intFlag, intList, parseFlags, rejectUnknown } from "./args.ts";
import { peakByPhase, phases, routeTotals, slowestRoutes } from "./build-log.ts";
import { distStats, type DistStats } from "./dist-stats.ts";
import { describeMachine, gitCommit, machineInfo, type MachineInfo } from "./machine.ts";
import { summariseLargestProfile, type ProfileSummary } from "./profile.ts";
import { runAstroBuild } from "./run-build.ts";
import { siteMarkdown } from "./site-report.ts";
import { round } from "./stats.ts";
import { writeContent } from "./synth-content.ts";
import { writeDataset, writeSources } from "./synth-data.ts";
import { createProject, PROJECT_FILES } from "./synth-project.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const here = import.meta.dirname;

/** Result of parsing and validating one dataset size in-process (see parse-timing.ts). */
export interface ParseResult {
  rows: number;
  bytes: number;
  runs: number;
  issues: number;
  peakRssBytes: number;
  median: Record<string, number>;
  all: Record<string, number[]>;
}

/** In-process chart building for a sample of a site's charts (see chart-timing.ts). */
export interface ChartTiming {
  charts: number;
  sampled: number;
  catalogMs: number;
  medianBuildChartMs: number;
  meanBuildChartMs: number;
  medianSvgMs: number;
  medianSelectRowsMs: number;
  medianSvgBytes: number;
  maxSvgBytes: number;
}

/** One measured build. */
export interface SiteResult {
  site: string;
  articles: number | null;
  charts: number | null;
  rows: number | null;
  ok: boolean;
  error?: string;
  wallMs: number;
  peakTreeRssBytes: number;
  maxRssSingleProcessBytes: number | null;
  cpuSeconds: number | null;
  meanLoadAverage: number;
  htmlPages: number;
  outputFiles: number;
  pagesPerSecond: number;
  dist: DistStats | null;
  phasesMs: Record<string, number>;
  /** Peak RSS of the process tree within each phase. */
  peakRssByPhaseBytes: Record<string, number>;
  routeKinds: Record<string, { count: number; ms: number }>;
  slowestRoutes: { path: string; ms: number }[];
  /** ms per chart of all chart routes (chart page, embed, PNG, SVG, CSV), from the times Astro printed. */
  chartRoutesMsPerChart: number | null;
  chartTiming: ChartTiming | null;
  /** How many times the build read each dataset CSV, by the function that read it. */
  datasetReads: Record<string, number>;
  profile?: ProfileSummary | null;
}

export interface SiteReport {
  benchmark: "site";
  machine: MachineInfo;
  /** Commit of the code benchmarked ("+changes" when src/ had uncommitted changes). */
  commit: string | null;
  settings: { articles: number[]; rows: number[]; chartsPerArticle: number; real: boolean; profile: boolean; timeoutMin: number; parseRuns: number | null; chartSample: number };
  parse: ParseResult[];
  builds: SiteResult[];
  /** When parse times were re-measured later (--parse-only): the machine and date of that run. */
  parseMachine?: MachineInfo;
}

const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["articles", "rows", "no-real", "parse-only", "parse-runs", "chart-sample", "timeout-min", "profile", "keep", "out", "tmp"]);
const articlesList = intList(flags, "articles", [10, 100, 1000]);
const rowsList = intList(flags, "rows", [1000, 100_000, 1_000_000]);
// --parse-only re-measures parsing and validation and replaces those entries in an existing site.json, keeping its builds.
const parseOnly = flags.has("parse-only");
const real = !flags.has("no-real") && !parseOnly;
const parseRuns = flags.has("parse-runs") ? intFlag(flags, "parse-runs", 5) : null;
const chartSample = intFlag(flags, "chart-sample", 60);
const timeoutMin = intFlag(flags, "timeout-min", 30);
const profile = flags.has("profile");
const keep = flags.has("keep");
const outDir = resolve(flags.get("out") ?? join(repoRoot, "bench/results"));
const machine = machineInfo();
const tmp = flags.get("tmp") ? resolve(flags.get("tmp")!) : mkdtempSync(join(tmpdir(), "el-bench-"));
mkdirSync(join(tmp, "logs"), { recursive: true });

const report: SiteReport = {
  benchmark: "site",
  machine,
  commit: gitCommit(repoRoot),
  settings: { articles: articlesList, rows: rowsList, chartsPerArticle: 5, real, profile, timeoutMin, parseRuns, chartSample },
  parse: [],
  builds: [],
};

if (parseOnly && existsSync(join(outDir, "site.json"))) {
  const previous = JSON.parse(readFileSync(join(outDir, "site.json"), "utf8")) as SiteReport;
  report.builds = previous.builds;
  report.parse = previous.parse.filter((entry) => !rowsList.includes(entry.rows));
  report.machine = previous.machine;
  report.commit = previous.commit;
  report.settings = { ...previous.settings, parseRuns };
  report.parseMachine = machine;
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function save(): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "site.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, "site.md"), siteMarkdown(report));
}

/** Runs one of the benchmark's child scripts with this Node and parses the JSON it prints. */
function child<T>(script: string, args: string[]): T {
  const result = spawnSync(process.execPath, ["--expose-gc", join(here, script), ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} failed: ${(result.stderr || result.stdout).trim().split("\n").slice(-5).join(" | ")}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as T;
}

function countReads(traceFile: string): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!existsSync(traceFile)) return counts;
  for (const line of readFileSync(traceFile, "utf8").split("\n").filter(Boolean)) {
    const { path, frames } = JSON.parse(line) as { path: string; frames: string[] };
    const caller = frames.find((frame) => /loadVersion|releasedCsv|publishedFiles|readTable/.test(frame)) ?? frames[0] ?? "?";
    const key = `${path} ← ${caller.split(" ")[0]}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function measureBuild(site: string, projectDir: string, meta: { articles: number | null; rows: number | null; charts: number | null }): Promise<SiteResult> {
  const slug = meta.articles === null ? "real-site" : `site-${meta.articles}-${meta.rows}`;
  const traceFile = join(tmp, "logs", `${slug}.reads.jsonl`);
  const profileDir = join(tmp, "profiles", slug);
  const extraNodeArgs = profile ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  log(`building ${site}${profile ? " (CPU-profiled: times are inflated)" : ""}; log: ${join(tmp, "logs", `${slug}.log`)} …`);
  const run = await runAstroBuild(projectDir, {
    timeoutMs: timeoutMin * 60_000,
    logFile: join(tmp, "logs", `${slug}.log`),
    extraNodeArgs,
    env: { BENCH_TRACE_FILE: traceFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${join(here, "trace-reads.ts")}`.trim() },
  });
  const dist = run.ok && existsSync(join(projectDir, "dist")) ? distStats(join(projectDir, "dist")) : null;
  const kinds = routeTotals(run.lines);
  const chartKinds = ["chart pages", "chart embeds", "chart PNGs", "chart SVG files", "chart CSVs"];
  const chartRoutesMs = chartKinds.reduce((sum, kind) => sum + (kinds[kind]?.ms ?? 0), 0);
  let chartTiming: ChartTiming | null = null;
  if (run.ok && meta.charts) {
    try {
      chartTiming = child<ChartTiming>("chart-timing.ts", ["--project", projectDir, "--sample", String(chartSample)]);
    } catch (error) {
      log(`chart timing failed: ${(error as Error).message}`);
    }
  }
  const result: SiteResult = {
    site,
    ...meta,
    ok: run.ok,
    ...(run.error ? { error: run.error } : {}),
    wallMs: Math.round(run.wallMs),
    peakTreeRssBytes: run.peakTreeRssBytes,
    maxRssSingleProcessBytes: run.maxRssSingleProcessBytes,
    cpuSeconds: run.cpuSeconds,
    meanLoadAverage: run.meanLoadAverage,
    htmlPages: dist?.htmlPages ?? 0,
    outputFiles: dist ? dist.files + dist.searchFiles : 0,
    pagesPerSecond: dist ? round(dist.htmlPages / (run.wallMs / 1000), 1) : 0,
    dist,
    phasesMs: phases(run.lines, run.wallMs),
    peakRssByPhaseBytes: peakByPhase(run.lines, run.wallMs, run.rssTimeline),
    routeKinds: kinds,
    slowestRoutes: slowestRoutes(run.lines, 8),
    chartRoutesMsPerChart: meta.charts && run.ok ? round(chartRoutesMs / (kinds["chart PNGs"]?.count ?? meta.charts), 1) : null,
    chartTiming,
    datasetReads: countReads(traceFile),
    ...(profile ? { profile: summariseLargestProfile(profileDir) } : {}),
  };
  log(`${site}: ${run.ok ? "ok" : `FAILED (${run.error})`} in ${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${(run.peakTreeRssBytes / 1024 ** 2).toFixed(0)} MB, ${result.htmlPages} HTML pages (${result.pagesPerSecond}/s)`);
  return result;
}

log(`machine: ${describeMachine(machine)}`);
log(`temporary folder: ${tmp}`);
try {
  if (real) {
    // The real site, as committed now: content/ and data/ included.
    const projectDir = join(tmp, "real-site");
    mkdirSync(projectDir, { recursive: true });
    for (const name of [...PROJECT_FILES, "content", "data"]) if (existsSync(join(repoRoot, name))) cpSync(join(repoRoot, name), join(projectDir, name), { recursive: true });
    symlinkSync(join(repoRoot, "node_modules"), join(projectDir, "node_modules"), "dir");
    report.builds.push(await measureBuild("real site", projectDir, { articles: null, rows: null, charts: null }));
    if (!keep) rmSync(projectDir, { recursive: true, force: true });
    save();
  }
  for (const rows of rowsList) {
    const dataRoot = join(tmp, `data-${rows}`);
    const started = performance.now();
    writeSources(join(dataRoot, "data"));
    const written = writeDataset(join(dataRoot, "data"), rows);
    log(`generated ${rows.toLocaleString("en-US")} rows (${(written.bytes / 1024 ** 2).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s; timing parse and validate …`);
    const runs = parseRuns ?? (rows >= 1_000_000 ? 3 : rows >= 100_000 ? 5 : 20);
    const parsed = child<ParseResult>("parse-timing.ts", ["--root", dataRoot, "--runs", String(runs)]);
    report.parse.push(parsed);
    report.parse.sort((a, b) => a.rows - b.rows);
    log(`parse+validate ${rows.toLocaleString("en-US")} rows: readTable ${parsed.median.readTableMs} ms, loadCatalog ${parsed.median.loadCatalogMs} ms (median of ${runs}), ${parsed.issues} issues`);
    save();
    for (const articles of parseOnly ? [] : articlesList) {
      const site = `${articles} articles × ${rows} rows`;
      const projectDir = join(tmp, `site-${articles}-${rows}`);
      createProject(repoRoot, projectDir, join(dataRoot, "data"));
      const content = writeContent(join(projectDir, "content"), articles, rows);
      report.builds.push(await measureBuild(site, projectDir, { articles, rows, charts: content.charts }));
      if (!keep) rmSync(projectDir, { recursive: true, force: true });
      save();
    }
    if (!keep) rmSync(dataRoot, { recursive: true, force: true });
  }
} finally {
  save();
  if (!keep && !flags.get("tmp")) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp} (build logs in ${join(tmp, "logs")})`);
}
log(`wrote ${relative(process.cwd(), join(outDir, "site.json"))} and site.md`);
console.log(`\n${siteMarkdown(report)}`);
