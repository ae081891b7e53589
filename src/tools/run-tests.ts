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
}

const reports = "test-results";
mkdirSync(reports, { recursive: true });
const scripts: Record<string, string> = JSON.parse(readFileSync("package.json", "utf8")).scripts ?? {};
const vitest = (name: string, config?: string): Stage => ({
  name,
  report: join(reports, `${name}.json`),
  command: ["npx", "vitest", "run", ...(config ? ["--config", config] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${join(reports, `${name}.json`)}`],
});

const stages: Stage[] = [
  { name: "typecheck", command: ["npm", "run", "typecheck"] },
  { name: "check", command: ["npm", "run", "check"] },
  vitest("unit"),
  { name: "build", command: ["npm", "run", "build"] },
  { ...vitest("quality", "vitest.quality.config.ts"), script: "test:quality" },
  { ...vitest("e2e", "vitest.e2e.config.ts"), script: "test:e2e" },
  { ...vitest("reader", "vitest.reader.config.ts"), script: "test:reader" },
];

let passed = 0;
let failed = 0;
const lines: string[] = [];
const started = performance.now();
for (const stage of stages) {
  if (stage.script && !scripts[stage.script]) continue;
  if (stage.report) rmSync(stage.report, { force: true });
  const t0 = performance.now();
  console.log(`\n▶ ${stage.name}: ${stage.command.join(" ")}`);
  const result = spawnSync(stage.command[0], stage.command.slice(1), { stdio: "inherit", env: process.env });
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
