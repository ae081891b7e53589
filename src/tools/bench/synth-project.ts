import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/** Files and folders of the real project a benchmark project is made of (content/ and data/ are generated). */
export const PROJECT_FILES = ["src", "public", "astro.config.mjs", "tsconfig.json", "package.json"];

/**
 * Creates a project folder that builds with the real pipeline: a copy of the project's src/, public/, Astro
 * config, tsconfig and package.json, node_modules symlinked, data/ a symlink to a generated catalog, and an
 * empty content/ for generated articles and charts.
 */
export function createProject(repoRoot: string, projectDir: string, dataDir: string): void {
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(projectDir, { recursive: true });
  for (const name of PROJECT_FILES) {
    const from = join(repoRoot, name);
    if (existsSync(from)) cpSync(from, join(projectDir, name), { recursive: true });
  }
  symlinkSync(join(repoRoot, "node_modules"), join(projectDir, "node_modules"), "dir");
  symlinkSync(dataDir, join(projectDir, "data"), "dir");
  mkdirSync(join(projectDir, "content"), { recursive: true });
}
