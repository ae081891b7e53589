// `npm run build:offline`: proves the build needs no network. Builds a copy of the project in a process that
// has no network at all (`unshare -rn`: a new, empty network namespace; `unshare -n` when running as root
// without user namespaces). Where neither works, falls back to a Node preload that makes every network call
// throw (src/tools/quality/deny-network.ts) and says so. Exit 1 if the build fails.
// Options: --node-guard (use the fallback even when unshare works), --keep (leave the copy).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCopy, copyProject, unshareCommand, type NetworkMode } from "./build-copy.ts";
import { listPages } from "./pages.ts";

const keep = process.argv.includes("--keep");
const mode: NetworkMode = process.argv.includes("--node-guard") || !unshareCommand() ? "node-guard" : "unshare";
if (mode === "node-guard" && !process.argv.includes("--node-guard")) {
  console.warn("! unshare cannot create a network namespace here: falling back to blocking network calls inside Node (native binaries are not covered).");
}
const workspace = mkdtempSync(join(tmpdir(), "el-offline-"));
// Removed however the script ends (a failed copy throws).
if (!keep) process.on("exit", () => rmSync(workspace, { recursive: true, force: true }));
const root = join(workspace, "site");
copyProject(root);
const build = buildCopy(root, mode);
const pages = build.ok && existsSync(join(build.dir, "index.html")) ? listPages(build.dir).length : 0;
if (!build.ok || pages === 0) {
  console.error(`✗ the build failed without network (${mode}) after ${build.seconds.toFixed(1)}s:`);
  console.error(build.output.slice(-6000));
  process.exit(1);
}
console.log(`✓ offline build: ${pages} pages built in ${build.seconds.toFixed(1)}s with ${mode === "unshare" ? "no network namespace access (unshare)" : "every Node network call blocked"}.`);
