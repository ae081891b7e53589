// Recomputes the log-derived parts of bench/results/site.json (time by route kind, phases, slowest routes) from
// the build logs a run kept (npm run bench -- --keep, or a copy of its logs/ folder), then rewrites site.json and
// site.md. Use it when the route classification in build-log.ts changes after a long run.
// Usage: node src/tools/bench/reanalyse.ts --logs <folder> [--results bench/results]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseFlags, rejectUnknown } from "./args.ts";
import { phases, routeTotals, slowestRoutes, type TimedLine } from "./build-log.ts";
import { siteMarkdown } from "./site-report.ts";
import type { SiteReport } from "./site.ts";

const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["logs", "results"]);
const logs = flags.get("logs");
if (!logs) throw new Error("--logs is required: the logs/ folder of a benchmark run");
const results = resolve(flags.get("results") ?? join(import.meta.dirname, "../../../bench/results"));
const report = JSON.parse(readFileSync(join(results, "site.json"), "utf8")) as SiteReport;

/** Reads a log written by run-build.ts: each line is the seconds since start, two spaces, then the text. */
function readLog(file: string): TimedLine[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => /^\s*([\d.]+)  (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ ms: Number(match[1]) * 1000, text: match[2] }));
}

for (const build of report.builds) {
  const slug = build.articles === null ? "real-site" : `site-${build.articles}-${build.rows}`;
  const file = join(logs, `${slug}.log`);
  if (!existsSync(file)) {
    console.log(`no log for ${build.site} (${file}); left as it was`);
    continue;
  }
  const lines = readLog(file);
  build.routeKinds = routeTotals(lines);
  build.phasesMs = phases(lines, build.wallMs);
  build.slowestRoutes = slowestRoutes(lines, 8);
  const chartKinds = ["chart pages", "chart embeds", "chart PNGs", "chart SVG files", "chart CSVs"];
  const chartRoutesMs = chartKinds.reduce((sum, kind) => sum + (build.routeKinds[kind]?.ms ?? 0), 0);
  if (build.charts && build.ok) build.chartRoutesMsPerChart = Math.round((chartRoutesMs / (build.routeKinds["chart PNGs"]?.count ?? build.charts)) * 10) / 10;
  console.log(`reanalysed ${build.site}`);
}
writeFileSync(join(results, "site.json"), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(results, "site.md"), siteMarkdown(report));
