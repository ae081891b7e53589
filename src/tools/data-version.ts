// `npm run data:version -- --dataset NAME --bump patch|minor|major --changes "…"`
// Copies the latest release folder to the new version and appends its release entry. See CONTRIBUTING.md.
import { createVersion } from "../lib/scaffold/version.ts";
import { formatResult, parseFlags, requireString, runTool, today } from "../lib/scaffold/args.ts";

const usage = `npm run data:version -- --dataset ice-removals --bump patch|minor|major --changes "what changes and why" [--date YYYY-MM-DD] [--base REF] [--force]`;

runTool(() => {
  const flags = parseFlags(process.argv.slice(2), { dataset: { type: "string" }, bump: { type: "string" }, changes: { type: "string" }, date: { type: "string" }, base: { type: "string" }, force: { type: "boolean" } }, usage);
  return createVersion(process.cwd(), {
    dataset: requireString(flags, "dataset", usage),
    bump: requireString(flags, "bump", usage),
    changes: requireString(flags, "changes", usage),
    date: (flags.date as string | undefined) ?? today(),
    base: flags.base as string | undefined,
    force: flags.force === true,
  });
}, formatResult);
