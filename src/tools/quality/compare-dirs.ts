// Byte-for-byte comparison of two built sites, for the reproducible-build gate.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "./pages.ts";

/**
 * Files allowed to differ between two builds of one commit, as path patterns relative to the site folder.
 * Empty: every file must be identical. Add a pattern only with the reason it cannot be made deterministic.
 */
export const REPRO_EXCLUDE: RegExp[] = [];

export interface DirDifference {
  file: string;
  kind: "only-in-first" | "only-in-second" | "content";
  /** For content differences in text files: where they first differ. */
  detail?: string;
}

const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

function firstDifference(a: Buffer, b: Buffer): string {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
  const binary = a.includes(0) || b.includes(0);
  const sizes = `${a.length} vs ${b.length} bytes`;
  if (binary) return `${sizes}, first differing byte at offset ${index}`;
  const line = a.subarray(0, index).toString("utf8").split("\n").length;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, index - 60), index + 60).toString("utf8"));
  return `${sizes}, first difference at line ${line}, byte ${index}: ${around(a)} vs ${around(b)}`;
}

/** Every file that is missing from one folder or differs in content, ignoring REPRO_EXCLUDE. */
export function compareDirs(first: string, second: string, exclude: RegExp[] = REPRO_EXCLUDE): { files: number; bytes: number; differences: DirDifference[] } {
  const keep = (file: string) => !exclude.some((pattern) => pattern.test(file));
  const a = new Set(listFiles(first).filter(keep));
  const b = new Set(listFiles(second).filter(keep));
  const differences: DirDifference[] = [];
  let bytes = 0;
  for (const file of a) {
    if (!b.has(file)) {
      differences.push({ file, kind: "only-in-first" });
      continue;
    }
    const left = readFileSync(join(first, file));
    const right = readFileSync(join(second, file));
    bytes += left.length;
    if (left.length !== right.length || sha256(left) !== sha256(right)) differences.push({ file, kind: "content", detail: firstDifference(left, right) });
  }
  for (const file of b) if (!a.has(file)) differences.push({ file, kind: "only-in-second" });
  return { files: a.size, bytes, differences: differences.sort((x, y) => x.file.localeCompare(y.file)) };
}
