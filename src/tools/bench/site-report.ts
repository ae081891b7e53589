import { describeMachine } from "./machine.ts";
import { markdownTable } from "./stats.ts";
import type { SiteReport, SiteResult } from "./site.ts";

const MB = 1024 ** 2;
const seconds = (ms: number) => (ms / 1000).toFixed(1);
// 0 means not measured (no /proc on this system).
const mb = (bytes: number | null) => (bytes === null || bytes === 0 ? "—" : (bytes / MB).toFixed(0));
const count = (n: number | null) => (n === null ? "—" : n.toLocaleString("en-US"));

/** Times the build read a dataset CSV to parse it (loadVersion) rather than to publish it. */
export function parseReads(result: SiteResult): number {
  return Object.entries(result.datasetReads).filter(([key]) => /loadVersion/.test(key)).reduce((max, [, n]) => Math.max(max, n), 0);
}

/** Marginal build seconds per article between consecutive article counts at one dataset size. */
export function marginalCosts(builds: SiteResult[], rows: number): { from: number; to: number; msPerArticle: number }[] {
  const series = builds.filter((b) => b.ok && b.rows === rows && b.articles !== null).sort((a, b) => a.articles! - b.articles!);
  const costs: { from: number; to: number; msPerArticle: number }[] = [];
  for (let i = 1; i < series.length; i++) {
    costs.push({ from: series[i - 1].articles!, to: series[i].articles!, msPerArticle: (series[i].wallMs - series[i - 1].wallMs) / (series[i].articles! - series[i - 1].articles!) });
  }
  return costs;
}

/** The benchmark report as Markdown: machine, results table, parse table, where the time went, targets. */
export function siteMarkdown(report: SiteReport): string {
  const out: string[] = [];
  out.push("# Build benchmark", "");
  out.push(`Machine: ${describeMachine(report.machine)}. Code: commit ${report.commit ?? "unknown"}.`, "");
  out.push(
    `Command: \`npm run bench -- --articles ${report.settings.articles.join(",")} --rows ${report.settings.rows.join(",")}\`${report.settings.profile ? " --profile (CPU-profiled: times inflated)" : ""}. ` +
      `Each synthetic article has ${report.settings.chartsPerArticle} charts of its own (bars, a line with gaps, dots, a line with dated rules and labels, labelled bars), four \`<Value>\` figures and about 700 words; every chart filters one series out of the dataset. ` +
      "Each site is built with the real pipeline (`astro build` on a copy of `src/`, `public/`, `astro.config.mjs`, `tsconfig.json` and `package.json`, with generated `content/` and `data/`), search index included.",
    "",
  );
  out.push("## Builds", "");
  out.push(
    markdownTable(
      ["site", "articles", "charts", "dataset rows", "wall s", "CPU s", "load avg", "peak RSS MB (tree)", "max RSS MB (one process)", "HTML pages", "pages/s", "chart routes ms/chart", "buildChart ms (median)", "dataset parses", "ok"],
      report.builds.map((b) => [
        b.site,
        count(b.articles),
        count(b.charts),
        count(b.rows),
        seconds(b.wallMs),
        b.cpuSeconds ?? "—",
        b.meanLoadAverage ?? "—",
        mb(b.peakTreeRssBytes),
        mb(b.maxRssSingleProcessBytes),
        count(b.htmlPages),
        b.pagesPerSecond,
        b.chartRoutesMsPerChart ?? "—",
        b.chartTiming ? b.chartTiming.medianBuildChartMs : "—",
        parseReads(b),
        b.ok ? "yes" : `NO: ${b.error ?? ""}`.replace(/\|/g, "/"),
      ]),
    ),
    "",
  );
  out.push(
    "*CPU s* is user + system CPU time of the build and its children (`/usr/bin/time -v`); *load avg* is the mean 1-minute load average during the build: on a shared 2-core machine, wall time grows with the other work running. *Peak RSS (tree)* sums the resident memory of the build and every process it started, sampled every 100 ms from /proc; *max RSS (one process)* is `/usr/bin/time -v`'s figure for the largest single process. " +
      "*Chart routes ms/chart* is the time Astro reported for each chart's own outputs (page, embed, PNG, SVG, CSV) divided by the number of charts; *buildChart ms* is selecting the rows and rendering both SVG widths in-process for a sample of the charts. " +
      "*Dataset parses* counts the reads of the dataset CSV by `loadVersion` (each read is one parse and validation).",
    "",
  );
  out.push("## Parse and validate (in-process, src/lib/data)", "");
  out.push(
    markdownTable(
      ["rows", "CSV MB", "runs", "read ms", "sha256 ms", "decode ms", "parseCsv ms", "validateTable ms", "readTable ms (decode+parse+validate)", "readTable CPU ms", "loadCatalog ms (whole catalog)", "peak RSS MB", "issues"],
      report.parse.map((p) => [count(p.rows), (p.bytes / MB).toFixed(1), p.runs, p.median.readMs, p.median.sha256Ms, p.median.decodeMs, p.median.parseCsvMs, p.median.validateMs, p.median.readTableMs, p.median.readTableCpuMs ?? "—", p.median.loadCatalogMs, mb(p.peakRssBytes), p.issues]),
    ),
    "",
    `Medians of the timed runs after one warm-up run, each size in a fresh process, with garbage collected between measurements.${report.parseMachine ? ` Re-measured separately: ${describeMachine(report.parseMachine)}.` : ""}`,
    "",
  );
  out.push("## Where build time went", "");
  const kinds = [...new Set(report.builds.flatMap((b) => Object.keys(b.routeKinds)))].sort();
  out.push(
    markdownTable(
      ["site", ...Object.keys(report.builds[0]?.phasesMs ?? {}).map((phase) => `${phase} s`), ...kinds.map((kind) => `${kind} s (n)`)],
      report.builds.map((b) => [
        b.site,
        ...Object.keys(report.builds[0]?.phasesMs ?? {}).map((phase) => (b.phasesMs[phase] === undefined ? "—" : seconds(b.phasesMs[phase]))),
        ...kinds.map((kind) => (b.routeKinds[kind] ? `${seconds(b.routeKinds[kind].ms)} (${b.routeKinds[kind].count})` : "—")),
      ]),
    ),
    "",
    ...(report.builds.some((b) => b.peakRssByPhaseBytes)
      ? ["Peak memory by phase (MiB): " + report.builds.filter((b) => b.peakRssByPhaseBytes).map((b) => `${b.site}: ${Object.entries(b.peakRssByPhaseBytes).map(([phase, bytes]) => `${phase} ${mb(bytes)}`).join(", ")}`).join("; ") + ".", ""]
      : []),
    "Phases are measured from when Astro printed each phase's first line; route times are the per-route times Astro printed, summed by kind (the first page that shows a chart also pays for rendering it).",
    "",
  );
  for (const b of report.builds.filter((build) => build.profile)) {
    out.push(`### CPU profile: ${b.site}`, "");
    out.push(markdownTable(["area", "self ms", "share %"], b.profile!.byArea.slice(0, 15).map((a) => [a.area, a.ms, a.share])), "");
    out.push(markdownTable(["function", "area", "self ms"], b.profile!.topFunctions.slice(0, 15).map((f) => [f.name.replace(/\|/g, "/"), f.area, f.ms])), "");
  }
  out.push("## Targets", "");
  const lines: string[] = [];
  const realSite = report.builds.find((b) => b.site === "real site");
  if (realSite) lines.push(`- Real site builds in under 30 s: ${realSite.ok && realSite.wallMs < 30_000 ? "**met**" : "**not met**"} (${seconds(realSite.wallMs)} s, ${count(realSite.htmlPages)} HTML pages).`);
  for (const b of report.builds.filter((build) => build.articles === 1000)) {
    const memoryOk = b.peakTreeRssBytes > 0 && b.peakTreeRssBytes < 2 * 1024 ** 3;
    lines.push(`- 1,000 articles × 5 charts over ${count(b.rows)} rows under 3 minutes and 2 GB: ${b.ok && b.wallMs < 180_000 && memoryOk ? "**met**" : "**not met**"} (${seconds(b.wallMs)} s, peak ${mb(b.peakTreeRssBytes)} MB${b.ok ? "" : `; ${b.error}`}).`);
  }
  for (const rows of report.settings.rows) {
    const costs = marginalCosts(report.builds, rows);
    if (costs.length >= 2) {
      const ratio = costs[costs.length - 1].msPerArticle / costs[0].msPerArticle;
      lines.push(`- Growth at ${count(rows)} rows: ${costs.map((c) => `${c.from}→${c.to} articles ${(c.msPerArticle / 1000).toFixed(2)} s per added article`).join("; ")} (ratio ${ratio.toFixed(2)}; at most linear if about 1 or below).`);
    }
  }
  const million = report.parse.find((p) => p.rows === 1_000_000);
  if (million) lines.push(`- 1-million-row CSV parses and validates in under 3 s: ${million.median.readTableMs < 3000 ? "**met**" : "**not met**"} (readTable ${seconds(million.median.readTableMs)} s wall${million.median.readTableCpuMs !== undefined ? `, ${seconds(million.median.readTableCpuMs)} s CPU` : ""}; loadCatalog with reading and checksum ${seconds(million.median.loadCatalogMs)} s).`);
  const synthetic = report.builds.filter((b) => b.rows !== null && b.ok);
  if (synthetic.length) {
    const reads = synthetic.map(parseReads);
    lines.push(`- Each dataset parsed once per build however many pages use it: the builds parsed the dataset ${[...new Set(reads)].join(" or ")} time(s) each, whatever the number of articles (${synthetic.map((b) => `${b.articles}: ${parseReads(b)}`).join(", ")}).`);
  }
  out.push(...lines, "");
  return `${out.join("\n")}\n`;
}
