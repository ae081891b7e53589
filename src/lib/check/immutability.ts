import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../data/checksum.ts";
import type { Issue } from "../data/issues.ts";
import { jsonLocator } from "./json-position.ts";
import type { ReleasedState, WorkingDescriptor } from "./released.ts";

const short = (digest: unknown) => `${String(digest).slice(0, 12)}…`;

/** How to restore a released file and do the change properly, in words a contributor can follow. */
function restoreAdvice(ref: string, path: string, dataset: string): string {
  return `restore it (git restore --source=${ref} -- ${path}) and publish a new version instead (npm run data:version -- --dataset ${dataset} --bump patch --changes "…")`;
}

/**
 * Releases are immutable: every release present in the base ref must still be listed, with the same date,
 * checksums and sizes, and its files must still have exactly the released bytes. Also reports released
 * datasets that were deleted and columns of released tables that changed.
 * Returns the issues and the released files found changed (so the catalog's own checksum message is not repeated).
 */
export function checkImmutability(root: string, state: ReleasedState, working: ReadonlyMap<string, WorkingDescriptor>, dataDir = "data"): { issues: Issue[]; changedFiles: Set<string> } {
  const issues: Issue[] = [];
  const changedFiles = new Set<string>();
  const { ref } = state;
  for (const [name, base] of state.datasets) {
    const versions = base.releases.map((release) => release.version);
    if (versions.length === 0) continue;
    const current = working.get(name);
    const descriptorFile = `${dataDir}/${name}/datapackage.json`;
    if (!current) {
      issues.push({ file: descriptorFile, line: 0, column: 0, message: `dataset "${name}" was released in ${ref} (versions ${versions.join(", ")}) and has been deleted; released datasets are never removed: restore it (git restore --source=${ref} -- ${dataDir}/${name})` });
      continue;
    }
    if (!current.raw) continue; // invalid JSON: the catalog reports it with a position.
    const locate = jsonLocator(current.text);
    const at = (path: (string | number)[]) => ({ file: current.file, ...locate(path) });

    base.resources.forEach((resource) => {
      const index = current.raw!.resources.findIndex((candidate) => candidate.name === resource.name);
      const now = current.raw!.resources[index];
      if (!now) {
        issues.push({ ...at(["resources"]), message: `resource "${resource.name}" was released in ${ref} (versions ${versions.join(", ")}) and has been removed from "resources"; released tables are never removed` });
        return;
      }
      const before = resource.fields.map((field) => `${field.name}:${field.type}`).join(",");
      const after = now.fields.map((field) => `${field.name}:${field.type}`).join(",");
      if (before !== after) {
        const added = now.fields.filter((field) => !resource.fields.some((old) => old.name === field.name)).map((field) => field.name);
        const removed = resource.fields.filter((field) => !now.fields.some((young) => young.name === field.name)).map((field) => field.name);
        const retyped = now.fields.filter((field) => resource.fields.some((old) => old.name === field.name && old.type !== field.type)).map((field) => `${field.name} (${resource.fields.find((old) => old.name === field.name)!.type} → ${field.type})`);
        const what = [added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : "", retyped.length ? `retyped ${retyped.join(", ")}` : "", !added.length && !removed.length && !retyped.length ? "reordered" : ""].filter(Boolean).join("; ");
        issues.push({ ...at(["resources", index, "schema", "fields"]), message: `resource "${resource.name}": columns changed since ${ref} (${what}), but versions ${versions.join(", ")} were released with the old columns. Changing columns changes the dataset's meaning (a major version) and needs a maintainer: undo the column change and see CONTRIBUTING.md, "Changing columns"` });
      }
    });

    for (const release of base.releases) {
      const index = current.raw.releases.findIndex((candidate) => candidate.version === release.version);
      const now = current.raw.releases[index];
      if (!now) {
        issues.push({ ...at(["releases"]), message: `release ${release.version} was released in ${ref} and is no longer listed in "releases"; released versions are never removed or renumbered: restore its entry (and its folder ${dataDir}/${name}/${release.version}/ if it was deleted)` });
        continue;
      }
      if (now.date !== release.date) {
        issues.push({ ...at(["releases", index, "date"]), message: `release ${release.version}: date changed from "${String(release.date)}" to "${String(now.date)}", but this version was released in ${ref}; a released entry keeps its date` });
      }
      for (const [resource, recorded] of Object.entries(release.files)) {
        const entry = now.files[resource];
        if (!entry || entry.sha256 !== recorded.sha256 || entry.bytes !== recorded.bytes) {
          issues.push({
            ...at(["releases", index, "files", resource]),
            message: `release ${release.version}: the recorded checksum of "${resource}" changed (released in ${ref} as sha256 ${short(recorded.sha256)}, ${String(recorded.bytes)} bytes); recorded checksums of a released version are never rewritten: restore them, and publish a new version for the change (npm run data:version -- --dataset ${name} --bump patch --changes "…")`,
          });
        }
        const fileName = base.resources.find((candidate) => candidate.name === resource)?.path ?? `${resource}.csv`;
        const path = `${dataDir}/${name}/${release.version}/${fileName}`;
        if (!existsSync(join(root, path))) {
          changedFiles.add(path);
          issues.push({ file: path, line: 0, column: 0, message: `released file deleted: version ${release.version} was released in ${ref}; ${restoreAdvice(ref, path, name)}` });
          continue;
        }
        const bytes = readFileSync(join(root, path));
        const digest = sha256(bytes);
        if (digest !== recorded.sha256 || bytes.length !== recorded.bytes) {
          changedFiles.add(path);
          issues.push({
            file: path,
            line: 0,
            column: 0,
            message: `changed after release: version ${release.version} was released in ${ref} with sha256 ${short(recorded.sha256)} (${String(recorded.bytes)} bytes); the file now has ${short(digest)} (${bytes.length} bytes). Released files never change: ${restoreAdvice(ref, path, name)}`,
          });
        }
      }
    }
  }
  return { issues, changedFiles };
}
