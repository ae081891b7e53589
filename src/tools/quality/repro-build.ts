// `npm run build:repro`: builds the project twice, in two copies at different paths (the second with the
// network denied), and compares the two sites byte for byte. Exit 1 on any difference or failed build.
// Also proves the offline build, so CI needs only these two builds for both gates.
// Options: --keep (leave the copies in the temp folder), --online (do not deny the network to the second build).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCopy, copyProject, unshareCommand, type CopyBuild, type NetworkMode } from "./build-copy.ts";
import { compareDirs, REPRO_EXCLUDE } from "./compare-dirs.ts";
import { writeReport } from "./report.ts";

const keep = process.argv.includes("--keep");
const online = process.argv.includes("--online");
const workspace = mkdtempSync(join(tmpdir(), "el-repro-"));
// Different path lengths catch absolute paths leaking into the output.
const roots = [join(workspace, "a"), join(workspace, "second-build-in-a-longer-path")];

function fail(message: string, build?: CopyBuild): never {
  console.error(`✗ ${message}`);
  if (build) console.error(build.output.slice(-6000));
  if (!keep) rmSync(workspace, { recursive: true, force: true });
  process.exit(1);
}

const started = performance.now();
try {
  for (const root of roots) copyProject(root);
} catch (error) {
  fail(`could not copy the project: ${(error as Error).message}`);
}
const copySeconds = (performance.now() - started) / 1000;

const secondMode: NetworkMode = online ? "online" : unshareCommand() ? "unshare" : "node-guard";
const first = buildCopy(roots[0] as string, "online");
if (!first.ok) fail(`first build failed after ${first.seconds.toFixed(1)}s`, first);
const second = buildCopy(roots[1] as string, secondMode);
if (!second.ok) fail(`second build (network: ${secondMode}) failed after ${second.seconds.toFixed(1)}s — if the error is a network error, the build is not offline-safe`, second);

const compared = compareDirs(first.dir, second.dir);
const report = {
  excluded: REPRO_EXCLUDE.map(String),
  copySeconds,
  builds: [first, second].map((build) => ({ network: build.network, seconds: Number(build.seconds.toFixed(1)) })),
  files: compared.files,
  bytes: compared.bytes,
  differences: compared.differences,
};
writeReport("repro-build.json", report);
if (!keep) rmSync(workspace, { recursive: true, force: true });

const summary = `${compared.files} files, ${compared.bytes} bytes; builds ${first.seconds.toFixed(1)}s (network) and ${second.seconds.toFixed(1)}s (${secondMode === "unshare" ? "no network namespace access" : secondMode === "node-guard" ? "network calls blocked in Node" : "network"})`;
if (compared.differences.length > 0) {
  console.error(`✗ the two builds differ in ${compared.differences.length} file(s) (${summary}):`);
  for (const difference of compared.differences.slice(0, 50)) console.error(`  ${difference.file}: ${difference.kind}${difference.detail ? ` — ${difference.detail}` : ""}`);
  process.exit(1);
}
console.log(`✓ reproducible: two builds are byte-identical (${summary}); excluded from the comparison: ${REPRO_EXCLUDE.length === 0 ? "nothing" : REPRO_EXCLUDE.join(", ")}.`);
if (secondMode !== "online") console.log(`✓ offline: the second build succeeded with ${secondMode === "unshare" ? "no network (unshare)" : "every Node network call blocked (unshare unavailable)"}.`);
if (keep) console.log(`  copies kept in ${workspace}`);
