// Builds the site once for the quality and browser suites, and only when needed: when the built folder is
// missing, was built for another base path or origin, or is older than any input file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { builtBase, expectedSite, projectRoot, siteDir } from "./site.ts";

/** Files and folders whose change means the built site may be out of date. */
export const BUILD_INPUTS = ["src", "content", "data", "public", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];

function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the built site in `dir` cannot be used as is, or null when it is fresh. */
export function staleReason(dir: string, env: Record<string, string | undefined> = process.env): string | null {
  const home = join(dir, "index.html");
  if (!existsSync(home)) return `${dir} has no index.html`;
  const { base } = expectedSite(env);
  const found = builtBase(dir);
  if (found !== base) return `${dir} was built for base path ${found ?? "(unknown)"}, expected ${base}`;
  const builtAt = statSync(home).mtimeMs;
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(projectRoot, input))));
  if (newestInput > builtAt) return `inputs changed after ${dir} was built`;
  return null;
}

/** The environment with this Node (the project's Node 24) first on PATH, for the build and anything it spawns. */
export function withThisNode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, PATH: `${dirname(process.execPath)}${delimiter}${env.PATH ?? ""}` };
}

/** Runs `astro build` with the current environment (OUT_DIR, BASE_PATH, SITE_URL); throws with the build's output on failure. */
export function buildSite(env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: projectRoot, env: withThisNode(env), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status ?? result.signal}) after ${seconds.toFixed(1)}s:\n${(result.stdout ?? "").slice(-4000)}\n${(result.stderr ?? "").slice(-4000)}`);
  }
  return seconds;
}

/**
 * Makes sure the built site exists and is fresh. QUALITY_BUILD=always rebuilds, =never only checks that a build
 * exists (for CI, which builds in its own step); the default rebuilds when stale.
 */
export function ensureBuilt(env: NodeJS.ProcessEnv = process.env): { dir: string; built: boolean; seconds: number; reason: string | null } {
  const dir = siteDir(env);
  const mode = env.QUALITY_BUILD ?? "auto";
  const reason = mode === "always" ? "QUALITY_BUILD=always" : staleReason(dir, env);
  if (!reason) return { dir, built: false, seconds: 0, reason: null };
  if (mode === "never") {
    // CI builds in its own step and checks that build; a newer input file is only worth a warning there.
    if (reason.startsWith("inputs changed")) return { dir, built: false, seconds: 0, reason };
    throw new Error(`QUALITY_BUILD=never but the built site cannot be used: ${reason}`);
  }
  const seconds = buildSite(env);
  const after = staleReason(dir, env);
  if (after && !after.startsWith("inputs changed")) throw new Error(`built the site but it is still not usable: ${after}`);
  return { dir, built: true, seconds, reason };
}
