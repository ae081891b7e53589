// Child process of `npm run bench`: times parsing and validating one generated dataset through src/lib/data,
// in-process and repeated, and prints one JSON object. Run in its own process so each size starts from a
// clean heap. Usage: node src/tools/bench/parse-timing.ts --root <folder holding data/> --runs 5
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalog, readTable } from "../../lib/data/catalog.ts";
import { sha256 } from "../../lib/data/checksum.ts";
import { descriptorSchema } from "../../lib/data/descriptor.ts";
import { decodeUtf8, parseCsv } from "../../lib/data/parse-csv.ts";
import { loadSources } from "../../lib/data/catalog.ts";
import { validateTable } from "../../lib/data/validate-table.ts";
import { intFlag, parseFlags, rejectUnknown } from "./args.ts";
import { median, round } from "./stats.ts";
import { DATASET, RESOURCE, VERSION } from "./synth-data.ts";

const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["root", "runs"]);
const root = flags.get("root");
if (!root) throw new Error("--root is required: the folder that holds the generated data/ catalog");
const runs = intFlag(flags, "runs", 5);

const descriptor = descriptorSchema.parse(JSON.parse(readFileSync(join(root, "data", DATASET, "datapackage.json"), "utf8")));
const resource = descriptor.resources[0];
const path = join(root, "data", DATASET, VERSION, `${RESOURCE}.csv`);
const sourceIds = new Set(loadSources(root).sources.keys());

const steps = { readTableCpuMs: [] as number[], readMs: [] as number[], sha256Ms: [] as number[], decodeMs: [] as number[], parseCsvMs: [] as number[], validateMs: [] as number[], readTableMs: [] as number[], loadCatalogMs: [] as number[] };
let rows = 0;
let bytes = 0;
let issues = 0;
let peakRss = 0;
const time = <T>(list: number[], run: () => T): T => {
  const started = performance.now();
  const value = run();
  list.push(performance.now() - started);
  return value;
};

// Collect garbage between measurements (the parent starts this process with --expose-gc) so each one starts
// from the same heap and no measurement pays for the previous one's garbage.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

// One untimed warm-up run (JIT), then timed runs. Each measurement keeps nothing alive after it ends.
for (let run = 0; run <= runs; run++) {
  const sink = run > 0 ? steps : { readTableCpuMs: [], readMs: [], sha256Ms: [], decodeMs: [], parseCsvMs: [], validateMs: [], readTableMs: [], loadCatalogMs: [] };
  collect();
  // The path a build takes for one file: decode, parse and validate (readTable).
  {
    const data = time(sink.readMs, () => readFileSync(path));
    bytes = data.length;
    time(sink.sha256Ms, () => sha256(data));
    const list: never[] = [];
    // CPU time as well as wall time: on a machine shared with other work, CPU time is what the work itself costs.
    const cpuBefore = process.cpuUsage();
    const table = time(sink.readTableMs, () => readTable(data, path, resource, sourceIds, list));
    const cpu = process.cpuUsage(cpuBefore);
    sink.readTableCpuMs.push((cpu.user + cpu.system) / 1000);
    rows = table?.rows.length ?? 0;
    issues = list.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  collect();
  // The same work step by step, to show which step costs what.
  {
    const data = readFileSync(path);
    const decoded = time(sink.decodeMs, () => decodeUtf8(data, path));
    const parsed = time(sink.parseCsvMs, () => parseCsv(decoded.text!, path));
    time(sink.validateMs, () => validateTable(resource, parsed.header, parsed.records, { file: path, sourceIds }));
  }
  collect();
  // The whole catalog as a build loads it: sources registry, descriptor, checksums, every table.
  {
    const catalog = time(sink.loadCatalogMs, () => loadCatalog({ root }));
    issues += catalog.issues.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
}

const medians = Object.fromEntries(Object.entries(steps).map(([name, list]) => [name, round(median(list), 1)]));
console.log(JSON.stringify({ rows, bytes, runs, issues, peakRssBytes: peakRss, median: medians, all: Object.fromEntries(Object.entries(steps).map(([name, list]) => [name, list.map((ms) => round(ms, 1))])) }));
