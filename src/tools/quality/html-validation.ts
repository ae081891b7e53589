// HTML gate: html-validate over each built page with the project's committed .htmlvalidate.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { projectRoot } from "./site.ts";

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** A short excerpt of the offending markup (built pages are minified onto few lines). */
  excerpt: string;
}

/** A validator configured from the committed .htmlvalidate.json (read explicitly, so it applies to any build folder). */
export function createValidator(configPath = join(projectRoot, ".htmlvalidate.json")): HtmlValidate {
  const config = JSON.parse(readFileSync(configPath, "utf8")) as ConfigData;
  return new HtmlValidate(config);
}

/** Validates one built page; returns its errors (warnings are not failures and are dropped). */
export async function validatePage(validator: HtmlValidate, dir: string, file: string): Promise<HtmlProblem[]> {
  const source = readFileSync(join(dir, file), "utf8");
  const report = await validator.validateString(source, file);
  const lines = source.split("\n");
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => {
        const text = lines[message.line - 1] ?? "";
        const start = Math.max(0, message.column - 1);
        return {
          file,
          line: message.line,
          column: message.column,
          rule: message.ruleId,
          message: message.message,
          excerpt: text.slice(start, start + Math.max(message.size, 60)).replace(/\s+/g, " "),
        };
      }),
  );
}

/** `file:line:column rule message — excerpt`, one per line. */
export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}: ${problem.message}\n    ${problem.excerpt}`).join("\n");
}
