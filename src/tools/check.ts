// `npm run check`: validates data, sources, front matter, charts and internal links without building the site,
// and checks that versions released in the base ref (CHECK_BASE_REF, else origin/main) are unchanged.
// Prints every problem as `path:line:column message`, grouped by file; inside GitHub Actions also as annotations.
// Usage: node src/tools/check.ts [root]
import { checkProject } from "../lib/check/check-project.ts";
import { formatGithubAnnotation, formatIssueReport, hasErrors } from "../lib/data/issues.ts";

const started = performance.now();
const root = process.argv[2] ?? process.cwd();
const result = await checkProject(root, { baseRef: process.env.CHECK_BASE_REF || undefined });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const { counts, base } = result;
console.log(base.ref ? `Released versions: ${base.reason}.` : `Notice: released versions were not compared with a base ref: ${base.reason}.`);
const summary = `${counts.datasets} datasets, ${counts.versions} versions, ${counts.rows} rows (latest versions), ${counts.sources} sources, ${counts.charts} charts, ${counts.pages} MDX pages checked in ${seconds}s`;
if (result.issues.length > 0) {
  console.error(formatIssueReport(result.issues.map((issue) => (issue.severity === "warning" ? { ...issue, message: `warning: ${issue.message}` } : issue))));
  if (process.env.GITHUB_ACTIONS === "true") for (const issue of result.issues) console.log(formatGithubAnnotation(issue));
}
const errors = result.issues.filter((issue) => issue.severity !== "warning").length;
const warnings = result.issues.length - errors;
if (hasErrors(result.issues)) {
  console.error(`\n✗ ${errors} problem(s)${warnings ? ` and ${warnings} warning(s)` : ""} found. ${summary}.`);
  console.error("Each line reads path:line:column message. CONTRIBUTING.md explains every message and how to fix it.");
  process.exit(1);
}
console.log(`✓ ${summary}: no problems found${warnings ? ` (${warnings} warning(s) above)` : ""}.`);
