// Builds the project in a throw-away copy (what a fresh clone would hold, plus local changes), optionally with
// the network cut off, so reproducibility and offline checks never touch the working dist/.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { withThisNode } from "./build-site.ts";
import { projectRoot } from "./site.ts";

/** How the network is denied to a build: a separate network namespace, a Node-level guard, or not at all. */
export type NetworkMode = "online" | "unshare" | "node-guard";

/** The Node preload that makes every network call throw (fallback when network namespaces are unavailable). */
export const DENY_NETWORK_MODULE = join(projectRoot, "src/tools/quality/deny-network.ts");

/** Files a fresh clone would have (tracked and untracked-but-not-ignored), relative to the project root. */
export function projectFiles(): string[] {
  const result = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: projectRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ls-files failed: ${result.stderr}`);
  // node_modules is linked, never copied; build output is never an input (a symlinked node_modules is not
  // matched by the "node_modules/" ignore pattern, hence the explicit list).
  const skip = new Set(["node_modules", "dist", ".astro", "test-results"]);
  return result.stdout.split("\0").filter((file) => file && !skip.has(file.split("/")[0] ?? ""));
}

/**
 * Copies the project into `target` (with .git, so the footer's commit is the same; node_modules linked, not
 * copied). Deleted-but-tracked files are skipped.
 */
export function copyProject(target: string): void {
  mkdirSync(target, { recursive: true });
  for (const file of projectFiles()) {
    const destination = join(target, file);
    mkdirSync(dirname(destination), { recursive: true });
    try {
      cpSync(join(projectRoot, file), destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  cpSync(join(projectRoot, ".git"), join(target, ".git"), { recursive: true });
  symlinkSync(join(projectRoot, "node_modules"), join(target, "node_modules"), "dir");
}

/** Whether `unshare` can give a process an empty network namespace here (rootless first, then as root). */
export function unshareCommand(): string[] | null {
  for (const args of [["-rn"], ["-n"]]) {
    const probe = spawnSync("unshare", [...args, "true"], { stdio: "ignore" });
    if (probe.status === 0) return ["unshare", ...args];
  }
  return null;
}

export interface CopyBuild {
  dir: string;
  seconds: number;
  network: NetworkMode;
  ok: boolean;
  output: string;
}

/** Runs `astro build` in the copy at `root` into root/dist, with the network denied as `network` says. */
export function buildCopy(root: string, network: NetworkMode): CopyBuild {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.OUT_DIR;
  // Any proxy setting would be a way out; the build must not need one.
  for (const name of ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"]) delete env[name];
  if (network === "node-guard") env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --import=${DENY_NETWORK_MODULE}`.trim();
  let command = [process.execPath, join(root, "node_modules/astro/bin/astro.mjs"), "build"];
  if (network === "unshare") {
    const unshare = unshareCommand();
    if (!unshare) throw new Error("unshare cannot create a network namespace here; use the node-guard mode");
    command = [...unshare, ...command];
  }
  const started = performance.now();
  const [program, ...args] = command as [string, ...string[]];
  const result = spawnSync(program, args, { cwd: root, env: withThisNode(env), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return {
    dir: join(root, "dist"),
    seconds: (performance.now() - started) / 1000,
    network,
    ok: result.status === 0,
    output: `${result.stdout ?? ""}\n${result.stderr ?? ""}${result.error ? `\n${result.error.message}` : ""}`,
  };
}
