import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { bumpVersion, compareVersions, SEMVER_PATTERN } from "../data/semver.ts";
import { resolveBaseRef, type BaseRef } from "../check/git.ts";
import { loadReleasedState, releasedVersions } from "../check/released.ts";
import { ScaffoldError, checkDate, checkKebab, type ScaffoldResult } from "./args.ts";
import { checksumVersion, openDescriptor, saveDescriptor, setAt } from "./descriptor-edit.ts";

/** The refs that count as published when none is given: the shared main branch, else the last commit. */
export const DEFAULT_BASE_REFS = ["origin/main", "HEAD"] as const;

export type BumpKind = "patch" | "minor" | "major";

export interface NewVersionOptions {
  dataset: string;
  bump: string;
  /** Changelog entry: what changes in this version and why. */
  changes: string;
  date: string;
  /** Ref whose releases count as published (default origin/main, else HEAD). */
  base?: string;
  /** Create the version even when the latest one is not released yet. */
  force?: boolean;
}

/** Resolves the published state used by the data commands: which versions of a dataset are already released. */
export function publishedVersions(root: string, dataset: string, base?: string): { base: BaseRef; released: Set<string> } {
  const resolved = resolveBaseRef(root, base, DEFAULT_BASE_REFS);
  if (resolved.missing) throw new ScaffoldError(resolved.reason);
  const released = resolved.ref ? releasedVersions(loadReleasedState(root, resolved.ref), dataset) : new Set<string>();
  return { base: resolved, released };
}

/** Chart modules that pin a version of the dataset: they keep showing the old version until someone moves them. */
export function chartsUsing(root: string, dataset: string): string[] {
  const dir = join(root, "content/charts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && readFileSync(join(dir, name), "utf8").includes(`"${dataset}"`))
    .sort()
    .map((name) => `content/charts/${name}`);
}

/**
 * Starts a new version: copies the latest release folder to the bumped version folder and appends a release
 * entry (date, changelog, checksums of the copied files). The contributor then edits the copy.
 */
export function createVersion(root: string, options: NewVersionOptions): ScaffoldResult {
  checkKebab(options.dataset, "dataset");
  checkDate(options.date);
  if (!["patch", "minor", "major"].includes(options.bump)) throw new ScaffoldError(`--bump "${options.bump}" is not a kind of version; expected patch (corrections), minor (rows added) or major (columns or meaning changed)`);
  if (options.changes.trim().length < 5) throw new ScaffoldError(`--changes is required: one sentence saying what changes and why, e.g. --changes "Corrected the FY2023 figure to match ICE's revised annual report."`);
  const descriptor = openDescriptor(root, options.dataset);
  const releases = descriptor.raw.releases;
  if (releases.length === 0) throw new ScaffoldError(`${descriptor.file} lists no releases; a dataset starts with npm run new:dataset`);
  const latest = releases[releases.length - 1].version;
  if (!SEMVER_PATTERN.test(latest)) throw new ScaffoldError(`the latest release in ${descriptor.file} has version "${latest}", which is not a version like 1.0.0`);
  const next = bumpVersion(latest, options.bump as BumpKind);
  const dir = `data/${options.dataset}`;
  const newer = readdirSync(join(root, dir)).filter((entry) => SEMVER_PATTERN.test(entry) && compareVersions(entry, latest) > 0);
  if (newer.length > 0) throw new ScaffoldError(`${dir}/${newer[0]}/ already exists but has no release entry; finish it with npm run data:release -- --dataset ${options.dataset} --version ${newer[0]} --changes "…"`);
  const { base, released } = publishedVersions(root, options.dataset, options.base);
  if (base.ref && !released.has(latest) && !options.force) {
    throw new ScaffoldError(`version ${latest} of ${options.dataset} is not released yet (it is not in ${base.ref}), so edit ${dir}/${latest}/ directly and record its checksums with npm run data:release -- --dataset ${options.dataset}. (Pass --force to start ${next} anyway.)`);
  }
  mkdirSync(join(root, dir, next));
  const created: string[] = [`${dir}/${next}/`];
  for (const resource of descriptor.raw.resources) {
    const from = `${dir}/${latest}/${resource.path}`;
    if (!existsSync(join(root, from))) throw new ScaffoldError(`${from} is missing, so version ${latest} cannot be copied`);
    copyFileSync(join(root, from), join(root, dir, next, resource.path));
    created.push(`${dir}/${next}/${resource.path}`);
  }
  const files = checksumVersion(root, options.dataset, next, descriptor.raw);
  setAt(descriptor, ["releases", releases.length], { version: next, date: options.date, changes: options.changes.trim(), files }, true);
  saveDescriptor(root, descriptor);
  const charts = chartsUsing(root, options.dataset);
  return {
    created,
    changed: [descriptor.file],
    details: [`Version ${next} (${options.bump}) copied from ${latest}; changelog: "${options.changes.trim()}"`, base.ref ? `Released versions are read from ${base.ref}.` : `Notice: ${base.reason}.`],
    next: [
      `Edit the copy in ${dir}/${next}/ (never the files of ${latest}: released files do not change).`,
      `Record the edited files' checksums: npm run data:release -- --dataset ${options.dataset}`,
      ...(charts.length ? [`These charts pin a version of ${options.dataset}; change their version to "${next}" if they should show the new figures: ${charts.join(", ")}`] : []),
      "Run npm run check, then open a pull request; the data diff in CI shows reviewers every row you changed.",
    ],
  };
}
