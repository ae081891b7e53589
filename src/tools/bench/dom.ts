// `npm run bench:dom`: which DOM implementation should Plot render into at build time?
// Renders the real chart modules (content/charts/ against the real catalog) and synthetic stress charts with
// linkedom and with jsdom, through the same steps as src/lib/charts/render-plot.ts, and reports per chart:
// median ms over N runs after warm-up, output bytes, and whether the two SVGs are equivalent once attribute
// order, entity escaping and self-closing tags are normalised. Writes bench/results/dom.json.
// Usage: node src/tools/bench/dom.ts [--runs 21] [--warmup 3] [--out bench/results/dom.json]
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { selectChartRows } from "../../lib/charts/build-chart.ts";
import { buildChartRegistry } from "../../lib/charts/registry.ts";
import { finishSvg, hoistSharedAttributes, renderPlot } from "../../lib/charts/render-plot.ts";
import { importChartModules } from "../../lib/check/load-charts.ts";
import { loadCatalog } from "../../lib/data/catalog.ts";
import { intFlag, parseFlags, rejectUnknown } from "./args.ts";
import { describeMachine, machineInfo } from "./machine.ts";
import { median, round, textTable } from "./stats.ts";
import { canonicalSvg, firstDifference } from "./svg-canonical.ts";
import { syntheticSpecs, type BenchSpec } from "./synthetic-specs.ts";

type JsdomConstructor = new (html: string) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: JsdomConstructor };

const WIDTH = 688;
const root = resolve(import.meta.dirname, "../../..");

/** A DOM implementation: how long one document takes to create, and a document to render into. */
interface Implementation {
  name: "linkedom" | "jsdom";
  version: string;
  setupMs: number;
  /** Renders Plot options to a finished SVG string. */
  render: (options: PlotOptions, spec: { id: string; title: string }) => string;
}

function packageVersion(name: string): string {
  return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
}

/** The same steps as renderPlot(), with the document passed in. */
function renderWith(document: Document) {
  return (plotOptions: PlotOptions, spec: { id: string; title: string }) => {
    const element = Plot.plot({ ...plotOptions, width: WIDTH, className: "plot", document } as PlotOptions);
    if (element.tagName.toLowerCase() !== "svg") throw new Error(`chart "${spec.id}": Plot returned a <${element.tagName}>`);
    element.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    hoistSharedAttributes(element as unknown as Element);
    return finishSvg(element.outerHTML, { idPrefix: spec.id, width: WIDTH, title: spec.title, description: spec.title });
  };
}

function implementations(): Implementation[] {
  let started = performance.now();
  parseHTML("<!doctype html><html><body></body></html>");
  const linkedomSetup = performance.now() - started;
  started = performance.now();
  const jsdom = new JSDOM("<!doctype html><html><body></body></html>");
  const jsdomSetup = performance.now() - started;
  return [
    // The shipped renderer itself: its module-level linkedom document is created once per build.
    { name: "linkedom", version: packageVersion("linkedom"), setupMs: linkedomSetup, render: (options, spec) => renderPlot(options, { idPrefix: spec.id, width: WIDTH, title: spec.title, description: spec.title }) },
    { name: "jsdom", version: packageVersion("jsdom"), setupMs: jsdomSetup, render: renderWith(jsdom.window.document) },
  ];
}

/** Real chart modules with their rows selected from the real catalog; charts whose data fails are listed as skipped. */
async function realSpecs(): Promise<{ specs: BenchSpec[]; skipped: { id: string; reason: string }[] }> {
  const catalog = loadCatalog({ root });
  const { modules, errors } = await importChartModules(root);
  const { charts } = buildChartRegistry(modules);
  const specs: BenchSpec[] = [];
  const skipped = errors.map((error) => ({ id: error.file, reason: error.message }));
  for (const [id, definition] of charts) {
    try {
      const { rows } = selectChartRows(catalog, definition);
      if (rows.length === 0) throw new Error("the data selection matched no rows");
      const marks = (definition.plot({ rows, width: WIDTH, narrow: false }).marks ?? []).length;
      specs.push({ id, kind: `real (${rows.length} rows, ${marks} marks)`, title: definition.title, plot: (width) => definition.plot({ rows, width, narrow: false }) });
    } catch (error) {
      skipped.push({ id, reason: (error as Error).message.split("\n")[0] });
    }
  }
  return { specs, skipped };
}

const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["runs", "warmup", "out"]);
const runs = intFlag(flags, "runs", 21);
const warmup = intFlag(flags, "warmup", 3);
const out = resolve(flags.get("out") ?? join(root, "bench/results/dom.json"));
const machine = machineInfo();

const { specs: real, skipped } = await realSpecs();
const specs = [...real, ...syntheticSpecs()];
const impls = implementations();

// The jsdom path repeats renderPlot's steps; check that the copy is faithful by running it on linkedom too.
const { document: mirrorDocument } = parseHTML("<!doctype html><html><body></body></html>");
const mirror = renderWith(mirrorDocument as unknown as Document);
const mirrorMismatches: string[] = [];

const charts = specs.map((spec) => {
  const options = spec.plot(WIDTH);
  if (mirror(options, spec) !== impls[0].render(options, spec)) mirrorMismatches.push(spec.id);
  // Runs alternate between the implementations, so load from other processes on the machine hits both alike.
  const outputs = impls.map(() => "");
  const times: number[][] = impls.map(() => []);
  for (let run = 0; run < warmup + runs; run++) {
    impls.forEach((impl, index) => {
      const started = performance.now();
      outputs[index] = impl.render(options, spec);
      if (run >= warmup) times[index].push(performance.now() - started);
    });
  }
  const results = impls.map((impl, index) => ({ impl: impl.name, medianMs: round(median(times[index]), 3), minMs: round(Math.min(...times[index]), 3), bytes: Buffer.byteLength(outputs[index]), svg: outputs[index] }));
  const [a, b] = results.map((result) => canonicalSvg(result.svg));
  const difference = firstDifference(a, b);
  return {
    id: spec.id,
    source: spec.id.startsWith("synthetic-") ? "synthetic" : "content/charts",
    kind: spec.kind,
    linkedom: { medianMs: results[0].medianMs, minMs: results[0].minMs, bytes: results[0].bytes },
    jsdom: { medianMs: results[1].medianMs, minMs: results[1].minMs, bytes: results[1].bytes },
    speedup: round(results[1].medianMs / results[0].medianMs, 2),
    equivalent: difference === null,
    identicalBytes: results[0].svg === results[1].svg,
    ...(difference ? { firstDifference: difference } : {}),
  };
});

const total = (impl: "linkedom" | "jsdom") => round(charts.reduce((sum, chart) => sum + chart[impl].medianMs, 0), 2);
const summary = {
  charts: charts.length,
  realCharts: real.length,
  syntheticCharts: charts.length - real.length,
  equivalent: charts.filter((chart) => chart.equivalent).length,
  identicalBytes: charts.filter((chart) => chart.identicalBytes).length,
  linkedomTotalMedianMs: total("linkedom"),
  jsdomTotalMedianMs: total("jsdom"),
  medianSpeedup: round(median(charts.map((chart) => chart.speedup)), 2),
  /** True when the benchmark's copy of renderPlot's steps gives renderPlot's exact output on linkedom. */
  mirrorsRenderer: mirrorMismatches.length === 0,
  mirrorMismatches,
  linkedomSetupMs: round(impls[0].setupMs, 2),
  jsdomSetupMs: round(impls[1].setupMs, 2),
};
const report = {
  benchmark: "dom",
  description: "Plot rendered to SVG at 688 px through the steps of src/lib/charts/render-plot.ts (Plot.plot into the DOM, outerHTML, finishSvg), once per implementation. Times are the median of the timed runs after warm-up; bytes are the finished SVG; equivalent = identical after canonicalisation (attributes sorted, entities normalised, self-closing tags expanded).",
  machine,
  settings: { runs, warmup, width: WIDTH },
  implementations: impls.map((impl) => ({ name: impl.name, version: impl.version })),
  summary,
  skipped,
  charts,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`DOM benchmark: ${describeMachine(machine)}; ${runs} timed runs after ${warmup} warm-up runs per chart, width ${WIDTH}px.\n`);
console.log(
  textTable(
    ["chart", "kind", "linkedom ms", "jsdom ms", "jsdom/linkedom", "linkedom bytes", "jsdom bytes", "equivalent"],
    charts.map((chart) => [chart.id, chart.kind, chart.linkedom.medianMs.toFixed(2), chart.jsdom.medianMs.toFixed(2), `${chart.speedup.toFixed(2)}×`, chart.linkedom.bytes, chart.jsdom.bytes, chart.equivalent ? "yes" : "NO"]),
  ),
);
console.log(`\n${summary.equivalent}/${summary.charts} charts equivalent (${summary.identicalBytes} byte-identical). Total median: linkedom ${summary.linkedomTotalMedianMs} ms, jsdom ${summary.jsdomTotalMedianMs} ms (median speed-up ${summary.medianSpeedup}×). One document: linkedom ${summary.linkedomSetupMs} ms, jsdom ${summary.jsdomSetupMs} ms.`);
for (const chart of charts.filter((c) => c.firstDifference)) console.log(`  ${chart.id} differs at ${chart.firstDifference!.offset}:\n    linkedom …${chart.firstDifference!.a}…\n    jsdom    …${chart.firstDifference!.b}…`);
if (mirrorMismatches.length) console.log(`WARNING: the jsdom path no longer repeats renderPlot exactly for ${mirrorMismatches.join(", ")}; update renderWith() in this file.`);
if (skipped.length) console.log(`Skipped: ${skipped.map((s) => `${s.id} (${s.reason})`).join("; ")}`);
console.log(`Wrote ${relative(process.cwd(), out)}`);
