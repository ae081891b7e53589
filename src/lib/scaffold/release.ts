import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compareVersions, SEMVER_PATTERN } from "../data/semver.ts";
import { ScaffoldError, checkDate, checkKebab, type ScaffoldResult } from "./args.ts";
import { checksumVersion, openDescriptor, saveDescriptor, setAt } from "./descriptor-edit.ts";
import { publishedVersions } from "./version.ts";

export interface ReleaseOptions {
  dataset: string;
  /** Version to record; defaults to the newest version folder. */
  version?: string;
  /** Changelog entry, needed only when the version has no release entry yet. */
  changes?: string;
  /** Date for a new release entry. */
  date: string;
  /** Ref whose releases count as published (default origin/main, else HEAD). */
  base?: string;
}

/**
 * Records the size and sha256 of every file of an unreleased version in its release entry (creating the entry
 * when a version folder has none and a changelog is given). Refuses to touch a version that is released in the
 * base ref: its checksums are what readers verified, so changing them would hide an edit.
 */
export function recordRelease(root: string, options: ReleaseOptions): ScaffoldResult {
  checkKebab(options.dataset, "dataset");
  const descriptor = openDescriptor(root, options.dataset);
  const dir = `data/${options.dataset}`;
  const folders = readdirSync(join(root, dir)).filter((entry) => SEMVER_PATTERN.test(entry)).sort(compareVersions);
  const version = options.version ?? folders[folders.length - 1];
  if (!version) throw new ScaffoldError(`${dir} has no version folder; a dataset starts with npm run new:dataset`);
  if (!SEMVER_PATTERN.test(version)) throw new ScaffoldError(`--version "${version}" is not a version like 1.1.0`);
  if (!existsSync(join(root, dir, version))) throw new ScaffoldError(`${dir}/${version}/ does not exist; versions: ${folders.join(", ")}`);
  const { base, released } = publishedVersions(root, options.dataset, options.base);
  if (released.has(version)) {
    throw new ScaffoldError(`version ${version} of ${options.dataset} is released in ${base.ref}, so its checksums are fixed: readers downloaded those exact bytes. To change the data, publish a new version: npm run data:version -- --dataset ${options.dataset} --bump patch --changes "…"`);
  }
  const files = checksumVersion(root, options.dataset, version, descriptor.raw);
  const index = descriptor.raw.releases.findIndex((release) => release.version === version);
  const details = Object.entries(files).map(([resource, file]) => `${dir}/${version}/${descriptor.raw.resources.find((r) => r.name === resource)!.path}: ${file.bytes} bytes, sha256 ${file.sha256}`);
  if (index >= 0) {
    const before = descriptor.raw.releases[index].files;
    const stale = Object.entries(files).filter(([resource, file]) => before[resource]?.sha256 !== file.sha256 || before[resource]?.bytes !== file.bytes);
    for (const [resource, file] of stale) setAt(descriptor, ["releases", index, "files", resource], file);
    // A changelog given for an existing entry replaces its first draft.
    if (options.changes) setAt(descriptor, ["releases", index, "changes"], options.changes.trim());
    saveDescriptor(root, descriptor);
    return {
      created: [],
      changed: stale.length > 0 || options.changes ? [descriptor.file] : [],
      details: [
        stale.length > 0 ? `Recorded checksums for ${options.dataset} ${version}:` : `Checksums for ${options.dataset} ${version} were already up to date:`,
        ...details,
        base.ref ? `(${version} is not in ${base.ref}, so it is not released yet.)` : `Notice: ${base.reason}.`,
      ],
      next: ["Run npm run check.", "Commit and open a pull request; the data diff in CI shows reviewers what changed."],
    };
  }
  const last = descriptor.raw.releases[descriptor.raw.releases.length - 1];
  if (last && compareVersions(version, last.version) <= 0) throw new ScaffoldError(`version ${version} is not newer than the latest release ${last.version}; releases are listed oldest first`);
  if (!options.changes || options.changes.trim().length < 5) {
    throw new ScaffoldError(`version ${version} has no release entry yet, so it needs a changelog entry: add --changes "what changed and why", e.g. --changes "Added FY2025 figures from ICE's annual report."`);
  }
  checkDate(options.date);
  setAt(descriptor, ["releases", descriptor.raw.releases.length], { version, date: options.date, changes: options.changes.trim(), files }, true);
  saveDescriptor(root, descriptor);
  return {
    created: [],
    changed: [descriptor.file],
    details: [`Added release ${version} (${options.date}) to ${descriptor.file}:`, ...details],
    next: ["Run npm run check.", "Commit and open a pull request; the data diff in CI shows reviewers what changed."],
  };
}
