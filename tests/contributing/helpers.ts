import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkProject } from "../../src/lib/check/check-project.ts";
import { formatIssue } from "../../src/lib/data/issues.ts";

/** The project root (this repository). */
export const ROOT = resolve(import.meta.dirname, "../..");
/** A small valid repository: one dataset, two sources, one chart, an article and its notebook. */
export const FIXTURE = join(ROOT, "tests/fixtures/contributing/repo");
/** Node 24 from the project's devDependencies (the tools run under its type stripping). */
export const NODE = join(ROOT, "node_modules/.bin/node");

const created: string[] = [];

function git(repo: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Fixture", "-c", "user.email=fixture@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
}

/**
 * Copies the fixture into a temporary git repository whose `main` branch holds the fixture as published
 * (so version 1.0.0 is released there). `src` and `node_modules` are links to this project's, so chart modules
 * and tools resolve exactly as in the real repository.
 */
export function makeRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "el-contributing-"));
  created.push(repo);
  cpSync(FIXTURE, repo, { recursive: true });
  symlinkSync(join(ROOT, "src"), join(repo, "src"));
  symlinkSync(join(ROOT, "node_modules"), join(repo, "node_modules"));
  writeFileSync(join(repo, ".gitignore"), "src\nnode_modules\n");
  git(repo, "init", "--quiet", "--initial-branch=main");
  git(repo, "add", "--all");
  git(repo, "commit", "--quiet", "--message", "Published state");
  return repo;
}

/** Removes every repository made by this test file. */
export function removeRepos(): void {
  for (const repo of created.splice(0)) rmSync(repo, { recursive: true, force: true });
}

/** Commits the working tree (to make a version "released"). */
export function commitAll(repo: string, message: string): void {
  git(repo, "add", "--all");
  git(repo, "commit", "--quiet", "--message", message);
}

export function read(repo: string, path: string): string {
  return readFileSync(join(repo, path), "utf8");
}

export function write(repo: string, path: string, text: string | Uint8Array): void {
  writeFileSync(join(repo, path), text);
}

/** Replaces exactly one occurrence of `from` in a file (fails loudly if the fixture changed). */
export function replaceOnce(repo: string, path: string, from: string, to: string): void {
  const text = read(repo, path);
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in ${path}, found it ${count} times`);
  write(repo, path, text.replace(from, to));
}

/** Runs the check in-process against `main`; returns every issue formatted `path:line:column message`. */
export async function checkIssues(repo: string): Promise<{ errors: string[]; warnings: string[] }> {
  const result = await checkProject(repo, { baseRef: "main" });
  return {
    errors: result.issues.filter((issue) => issue.severity !== "warning").map(formatIssue),
    warnings: result.issues.filter((issue) => issue.severity === "warning").map(formatIssue),
  };
}

/** Runs a tool (`src/tools/<name>.ts`) as a child process in the repository, as `npm run` would. */
export function runTool(repo: string, tool: string, args: string[] = [], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(NODE, [join("src/tools", `${tool}.ts`), ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", CHECK_BASE_REF: "", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run check` as a child process comparing with `main`. */
export function runCheck(repo: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  return runTool(repo, "check", [], { CHECK_BASE_REF: "main", ...env });
}

/** The issue lines of a check's report (`path:line:column message`, without the grouping indent). */
export function reportedLines(output: string): string[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("  "))
    .map((line) => line.trim());
}
