import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyEdits, modify, type JSONPath } from "jsonc-parser";
import { sha256 } from "../data/checksum.ts";
import { readRawDescriptor, type RawDescriptor } from "../check/released.ts";
import { ScaffoldError } from "./args.ts";

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } };

/** A dataset descriptor opened for editing: its text is changed with minimal edits so diffs stay readable. */
export interface DescriptorFile {
  /** Repository-relative path of datapackage.json. */
  file: string;
  text: string;
  raw: RawDescriptor;
}

/** Opens `data/<dataset>/datapackage.json`, or throws naming the datasets that exist. */
export function openDescriptor(root: string, dataset: string): DescriptorFile {
  const file = `data/${dataset}/datapackage.json`;
  if (!existsSync(join(root, file))) throw new ScaffoldError(`no dataset "${dataset}": ${file} does not exist`);
  const text = readFileSync(join(root, file), "utf8");
  const raw = readRawDescriptor(text);
  if (!raw) throw new ScaffoldError(`${file} is not valid JSON with a "releases" list; run npm run check to see where`);
  return { file, text, raw };
}

/** Sets a value at a JSON path, keeping the rest of the file's formatting. */
export function setAt(descriptor: DescriptorFile, path: JSONPath, value: unknown, insert = false): void {
  descriptor.text = applyEdits(descriptor.text, modify(descriptor.text, path, value, { ...FORMAT, isArrayInsertion: insert }));
  descriptor.raw = readRawDescriptor(descriptor.text)!;
}

/** Writes the edited descriptor back. */
export function saveDescriptor(root: string, descriptor: DescriptorFile): void {
  writeFileSync(join(root, descriptor.file), descriptor.text.endsWith("\n") ? descriptor.text : `${descriptor.text}\n`);
}

/** Size and sha256 of each resource file of a version folder, as a release records them. Throws if one is missing. */
export function checksumVersion(root: string, dataset: string, version: string, raw: RawDescriptor): Record<string, { bytes: number; sha256: string }> {
  const files: Record<string, { bytes: number; sha256: string }> = {};
  for (const resource of raw.resources) {
    const path = `data/${dataset}/${version}/${resource.path}`;
    if (!existsSync(join(root, path))) throw new ScaffoldError(`${path} is missing; every resource of ${dataset} needs its file in each version folder`);
    const bytes = readFileSync(join(root, path));
    files[resource.name] = { bytes: bytes.length, sha256: sha256(bytes) };
  }
  return files;
}
