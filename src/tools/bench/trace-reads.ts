// Preloaded into the benchmark's build process (node --import): records every read of a dataset CSV, with the
// function names on the stack, into the file named by BENCH_TRACE_FILE. It changes no behaviour; it lets the
// benchmark count how many times a build parses each dataset however many pages use it.
import { appendFileSync } from "node:fs";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const traceFile = process.env.BENCH_TRACE_FILE;
const pattern = new RegExp(process.env.BENCH_TRACE_PATTERN ?? "/data/[^/]+/\\d+\\.\\d+\\.\\d+/[^/]+\\.csv$");

if (traceFile) {
  const original = fs.readFileSync;
  const traced = function (this: unknown, ...args: Parameters<typeof fs.readFileSync>) {
    const path = String(args[0]);
    if (pattern.test(path)) {
      const frames = (new Error().stack ?? "").split("\n").slice(2, 8).map((line) => line.trim().replace(/^at /, "").replace(/\s\(.*$/, "").replace(/^file:\/\/\S+$/, "(anonymous)"));
      appendFileSync(traceFile, `${JSON.stringify({ t: Math.round(performance.now()), pid: process.pid, path: path.replace(/^.*\/data\//, "data/"), frames })}\n`);
    }
    return original.apply(this, args as never);
  } as typeof fs.readFileSync;
  fs.readFileSync = traced;
  syncBuiltinESMExports();
}
