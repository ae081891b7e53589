// `npm run data:release -- --dataset NAME [--version X]`
// Records bytes and sha256 of an unreleased version's files (refuses versions released in the base ref).
import { recordRelease } from "../lib/scaffold/release.ts";
import { formatResult, parseFlags, requireString, runTool, today } from "../lib/scaffold/args.ts";

const usage = `npm run data:release -- --dataset ice-removals [--version 1.1.0] [--changes "…" (when the version has no release entry yet)] [--date YYYY-MM-DD] [--base REF]`;

runTool(() => {
  const flags = parseFlags(process.argv.slice(2), { dataset: { type: "string" }, version: { type: "string" }, changes: { type: "string" }, date: { type: "string" }, base: { type: "string" } }, usage);
  return recordRelease(process.cwd(), {
    dataset: requireString(flags, "dataset", usage),
    version: flags.version as string | undefined,
    changes: flags.changes as string | undefined,
    date: (flags.date as string | undefined) ?? today(),
    base: flags.base as string | undefined,
  });
}, formatResult);
