import { parseArgs } from "node:util";

/** A mistake in how a command was called or what it was asked to do; the tools print its message and exit 1. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScaffoldError";
  }
}

/** Flag definitions in the shape `node:util` parseArgs expects. */
export type FlagSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

/** Parses `--flag value` arguments, turning parseArgs' errors into a message that shows the usage. */
export function parseFlags<T extends FlagSpec>(argv: readonly string[], spec: T, usage: string): Record<string, string | boolean | string[] | undefined> {
  try {
    const { values } = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: false });
    return values as Record<string, string | boolean | string[] | undefined>;
  } catch (error) {
    throw new ScaffoldError(`${(error as Error).message}\n\nUsage: ${usage}`);
  }
}

/** Returns a required string flag or throws naming it and showing the usage. */
export function requireString(values: Record<string, unknown>, name: string, usage: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new ScaffoldError(`missing --${name}\n\nUsage: ${usage}`);
  return value.trim();
}

/** Today's date as YYYY-MM-DD (UTC), the default release and publication date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Checks a YYYY-MM-DD date given on the command line. */
export function checkDate(value: string, flag = "date"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) throw new ScaffoldError(`--${flag} "${value}" is not a date; expected YYYY-MM-DD, e.g. 2026-11-27`);
  return value;
}

/** kebab-case: lowercase letters, digits and single hyphens (used for dataset names, resources and slugs). */
export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Checks a kebab-case name given on the command line. */
export function checkKebab(value: string, flag: string): string {
  if (!KEBAB.test(value)) throw new ScaffoldError(`--${flag} "${value}" is not kebab-case; expected lowercase letters, digits and single hyphens, e.g. ice-removals`);
  return value;
}

/** What a scaffold did, for the tool to print. */
export interface ScaffoldResult {
  /** Repository-relative paths created. */
  created: string[];
  /** Repository-relative paths changed. */
  changed: string[];
  /** Lines of information (what was recorded). */
  details: string[];
  /** What to do next, in order. */
  next: string[];
}

/** Formats a scaffold result for the terminal. */
export function formatResult(result: ScaffoldResult): string {
  const lines: string[] = [];
  for (const path of result.created) lines.push(`created  ${path}`);
  for (const path of result.changed) lines.push(`updated  ${path}`);
  if (result.details.length) lines.push("", ...result.details);
  if (result.next.length) lines.push("", "Next:", ...result.next.map((step, index) => `  ${index + 1}. ${step}`));
  return lines.join("\n");
}

/** Runs a command: prints its result, or the mistake and exit status 1 (a stack trace only for real bugs). */
export function runTool<T>(run: () => T, format: (result: T) => string): void {
  try {
    console.log(format(run()));
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
