/** A problem found in a file, with the place it was found. Errors are values, collected then reported together. */
export interface Issue {
  /** Path relative to the repository root, e.g. `data/ice-removals/1.0.0/removals.csv`. */
  file: string;
  /** 1-based line number; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column (in characters); 0 when the problem concerns the whole line or file. */
  column: number;
  /** What was found and what was expected. */
  message: string;
  /** `error` fails the build; `warning` is reported only. */
  severity?: "error" | "warning";
}

/** Formats an issue as `path:line:column message`, the form editors and CI annotations understand. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.message}`;
}

/** Groups issues by file (in first-seen order) and formats them for a terminal. */
export function formatIssueReport(issues: readonly Issue[]): string {
  const byFile = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const parts: string[] = [];
  for (const [file, list] of byFile) {
    parts.push(file);
    for (const issue of [...list].sort((a, b) => a.line - b.line || a.column - b.column)) {
      parts.push(`  ${formatIssue(issue)}`);
    }
  }
  return parts.join("\n");
}

/** Formats an issue as a GitHub Actions workflow command so it appears on the pull request's line. */
export function formatGithubAnnotation(issue: Issue): string {
  const level = issue.severity === "warning" ? "warning" : "error";
  const escape = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const where = [`file=${issue.file}`];
  if (issue.line > 0) where.push(`line=${issue.line}`);
  if (issue.column > 0) where.push(`col=${issue.column}`);
  return `::${level} ${where.join(",")}::${escape(issue.message)}`;
}

/** Thrown when validation found errors; carries every issue, not just the first. */
export class ValidationError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], context = "Validation failed") {
    const errors = issues.filter((issue) => issue.severity !== "warning");
    super(`${context}: ${errors.length} error(s)\n${formatIssueReport(errors)}`);
    this.name = "ValidationError";
    this.issues = errors;
  }
}

/** True when at least one issue is an error (not a warning). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity !== "warning");
}
