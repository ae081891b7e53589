import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Issue } from "../data/issues.ts";

/**
 * Byte-level rules for CSV files that the parser forgives (it normalises line endings and drops a BOM) but the
 * data format forbids, because a released file's bytes are what readers download and checksum: no byte-order
 * mark, LF line endings, and a newline at the end. Spreadsheet programs commonly break all three.
 */
export function checkCsvBytes(bytes: Uint8Array, file: string): Issue[] {
  const issues: Issue[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    issues.push({ file, line: 1, column: 1, message: "file starts with a byte-order mark (BOM); save it as UTF-8 without BOM (\"CSV UTF-8\" in some spreadsheets adds one)" });
  }
  let line = 1;
  let crlfLines = 0;
  let firstCrlf = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d) {
      crlfLines++;
      if (!firstCrlf) firstCrlf = line;
    }
    if (bytes[i] === 0x0a) line++;
  }
  if (crlfLines > 0) {
    issues.push({ file, line: firstCrlf, column: 0, message: `${crlfLines} line(s) end with a Windows line ending (CR LF), first on line ${firstCrlf}; expected LF line endings only (re-save with "LF"/Unix line endings)` });
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) {
    issues.push({ file, line: line, column: 0, message: "file does not end with a newline; add a line break after the last row" });
  }
  return issues;
}

/**
 * Applies the byte rules to the sources registry and to every version folder that is not released in the base
 * ref (released files cannot be fixed, only superseded). With no base ref every version is checked.
 */
export function checkDataFileBytes(root: string, datasets: ReadonlyMap<string, { versions: string[]; released: ReadonlySet<string> }>, dataDir = "data"): Issue[] {
  const issues: Issue[] = [];
  const sourcesDir = join(root, dataDir, "sources");
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).filter((entry) => entry.endsWith(".csv")).sort()) {
      issues.push(...checkCsvBytes(readFileSync(join(sourcesDir, name)), `${dataDir}/sources/${name}`));
    }
  }
  for (const [name, { versions, released }] of datasets) {
    for (const version of versions) {
      if (released.has(version)) continue;
      const folder = join(root, dataDir, name, version);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((entry) => entry.endsWith(".csv")).sort()) {
        issues.push(...checkCsvBytes(readFileSync(join(folder, file)), `${dataDir}/${name}/${version}/${file}`));
      }
    }
  }
  return issues;
}
