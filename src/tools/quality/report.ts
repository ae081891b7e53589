// Writes gate reports under test-results/ (gitignored), kept by CI as artifacts.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { resultsDir } from "./site.ts";

/** Writes `content` (a string, or a value serialized as JSON) to test-results/<name>; returns the path. */
export function writeReport(name: string, content: unknown): string {
  const path = join(resultsDir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}

/** Caps a long list of problem lines so a failure message stays readable; says how many were left out. */
export function capLines(text: string, max = 150): string {
  const lines = text.split("\n");
  if (lines.length <= max) return text;
  return `${lines.slice(0, max).join("\n")}\n… and ${lines.length - max} more lines`;
}
