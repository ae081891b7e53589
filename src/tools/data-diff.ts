// `npm run data:diff -- [--base REF] [--format text|markdown] [--markdown-out FILE]`
// Summarises what the working tree changes in data/ compared with a base ref (default: CHECK_BASE_REF,
// origin/main, else HEAD): datasets added, versions released, rows added/removed/changed, sources.
// Prints plain text (or Markdown); appends Markdown to $GITHUB_STEP_SUMMARY when it is set.
import { appendFileSync, writeFileSync } from "node:fs";
import { resolveBaseRef } from "../lib/check/git.ts";
import { diffSnapshots } from "../lib/data-diff/compute.ts";
import { formatMarkdown, formatText } from "../lib/data-diff/format.ts";
import { loadSnapshot, refFiles, workingFiles } from "../lib/data-diff/snapshot.ts";
import { parseFlags, runTool } from "../lib/scaffold/args.ts";
import { ScaffoldError } from "../lib/scaffold/args.ts";

const usage = "npm run data:diff -- [--base REF] [--format text|markdown] [--markdown-out FILE]";

runTool(() => {
  const flags = parseFlags(process.argv.slice(2), { base: { type: "string" }, format: { type: "string" }, "markdown-out": { type: "string" } }, usage);
  const root = process.cwd();
  const base = resolveBaseRef(root, (flags.base as string | undefined) ?? (process.env.CHECK_BASE_REF || undefined), ["origin/main", "HEAD"]);
  if (!base.ref) throw new ScaffoldError(`cannot diff: ${base.reason}`);
  const diff = diffSnapshots(loadSnapshot(refFiles(root, base.ref), base.ref), loadSnapshot(workingFiles(root), "the working tree"));
  // A job summary holds at most 1 MiB; beyond that GitHub drops it, so cut the report and say so.
  const full = formatMarkdown(diff);
  const markdown = full.length > 900_000 ? `${full.slice(0, 900_000)}\n\n… report cut at 900 kB; run npm run data:diff locally for the rest.\n` : full;
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
  if (typeof flags["markdown-out"] === "string") writeFileSync(flags["markdown-out"], markdown);
  return flags.format === "markdown" ? markdown : formatText(diff);
}, (output) => output);
