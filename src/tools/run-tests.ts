// `npm test`: every check the project has, in order, with one summary line at the end.
// Stages: type check, data/content validation, unit tests, site build, built-site tests, browser tests.
// Each Vitest stage contributes its test counts; every other stage counts as one test. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

interface Stage {
  name: string;
  command: string[];
  /** Vitest JSON report written by this stage, if it is a Vitest run. */
  report?: string;
  /** Skip when this npm script does not exist (suites added by later work). */
  script?: string;
  /** Extra environment for this stage. */
  env?: Record<string, string>;
}

const reports = "test-results";
mkdirSync(reports, { recursive: true });
const scripts: Record<string, string> = JSON.parse(readFileSync("package.json", "utf8")).scripts ?? {};
const BASE = "/enforcement-ledger/";
const vitest = (name: string, config?: string): Stage => ({
  name,
  report: join(reports, `${name}.json`),
  command: ["npx", "vitest", "run", ...(config ? ["--config", config] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${join(reports, `${name}.json`)}`],
});

// The built-site suites run once at the domain root and once under a project base path (as GitHub Pages serves
// it); the browser suite runs on the base-path build, which exercises both the pages and the base path.
const stages: Stage[] = [
  { name: "typecheck", command: ["npm", "run", "typecheck"] },
  { name: "check", command: ["npm", "run", "check"] },
  vitest("unit"),
  { name: "build", command: ["npm", "run", "build"] },
  { ...vitest("quality", "vitest.quality.config.ts"), script: "test:quality", env: { QUALITY_BUILD: "never" } },
  { ...vitest("reader", "vitest.reader.config.ts"), script: "test:reader", env: { QUALITY_BUILD: "never" } },
  { name: "reproducible-offline-build", command: ["npm", "run", "build:repro"], script: "build:repro" },
  { ...vitest("quality-base-path", "vitest.quality.config.ts"), script: "test:quality", env: { BASE_PATH: BASE, QUALITY_BUILD: "auto" } },
  { ...vitest("e2e-base-path", "vitest.e2e.config.ts"), script: "test:e2e", env: { BASE_PATH: BASE, QUALITY_BUILD: "never" } },
];

let passed = 0;
let failed = 0;
const lines: string[] = [];
const started = performance.now();
for (const stage of stages) {
  if (stage.script && !scripts[stage.script]) continue;
  if (stage.report) rmSync(stage.report, { force: true });
  const t0 = performance.now();
  const envText = Object.entries(stage.env ?? {}).map(([key, value]) => `${key}=${value} `).join("");
  console.log(`\n▶ ${stage.name}: ${envText}${stage.command.join(" ")}`);
  const result = spawnSync(stage.command[0], stage.command.slice(1), { stdio: "inherit", env: { ...process.env, ...stage.env } });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (stage.report && existsSync(stage.report)) {
    const json = JSON.parse(readFileSync(stage.report, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    // A suite that fails to load reports no failed tests but a non-zero exit: count that as a failure.
    const stageFailed = json.numFailedTests + (result.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
    passed += json.numPassedTests;
    failed += stageFailed;
    lines.push(`${stage.name}: ${json.numPassedTests} passed, ${stageFailed} failed (${seconds}s)`);
  } else if (result.status === 0) {
    passed += 1;
    lines.push(`${stage.name}: passed (${seconds}s)`);
  } else {
    failed += 1;
    lines.push(`${stage.name}: FAILED with exit ${result.status} (${seconds}s)`);
  }
}
console.log(`\nSummary (${((performance.now() - started) / 1000).toFixed(1)}s):\n  ${lines.join("\n  ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
