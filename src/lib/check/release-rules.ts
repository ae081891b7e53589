import type { Catalog } from "../data/catalog.ts";
import { positionOf } from "../data/descriptor.ts";
import { diffTables } from "../data/diff.ts";
import type { Issue } from "../data/issues.ts";
import { parseValue } from "../data/parse-value.ts";
import { bumpVersion, parseVersion } from "../data/semver.ts";
import { jsonLocator } from "./json-position.ts";
import { releasedVersions, type ReleasedState, type WorkingDescriptor } from "./released.ts";

/** Issues from a rule, plus a predicate naming the catalog issues it replaces with a clearer message. */
export interface RuleResult {
  issues: Issue[];
  supersedes: (issue: Issue) => boolean;
}

/** The marker scaffolds leave in text a person must write. */
export const PLACEHOLDER = "TODO:";

/** An example changelog entry, shown whenever one is missing. */
const CHANGELOG_EXAMPLE = `"Corrected the FY2023 figure to match ICE's revised annual report."`;

/**
 * Rules on each dataset's list of releases that the descriptor schema cannot express: every release has a
 * changelog entry, versions follow one another by a single bump starting at 1.0.0, dates are real and in order,
 * and a patch release does not add rows.
 */
export function checkReleaseEntries(catalog: Catalog, working: ReadonlyMap<string, WorkingDescriptor>): RuleResult {
  const issues: Issue[] = [];
  const superseded: { file: string; prefix: string }[] = [];
  for (const descriptor of working.values()) {
    const raw = descriptor.raw;
    if (!raw) continue;
    const locate = jsonLocator(descriptor.text);
    const at = (path: (string | number)[]) => ({ file: descriptor.file, ...locate(path) });
    raw.releases.forEach((release, index) => {
      const changes = typeof release.changes === "string" ? release.changes.trim() : "";
      if (changes.length < 5) {
        superseded.push({ file: descriptor.file, prefix: `releases.${index}.changes:` });
        issues.push({ ...at(["releases", index, "changes"]), message: `release ${release.version} has no changelog entry; add "changes": a sentence saying what changed and why, e.g. ${CHANGELOG_EXAMPLE}` });
      }
      if (typeof release.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(release.date) && !parseValue("date", release.date).ok) {
        issues.push({ ...at(["releases", index, "date"]), message: `release ${release.version}: "${release.date}" is not a calendar date; expected YYYY-MM-DD` });
      }
      const previous = raw.releases[index - 1];
      if (index === 0) {
        if (release.version !== "1.0.0" && parseVersion(release.version)) issues.push({ ...at(["releases", index, "version"]), message: `the first release is ${release.version}; expected 1.0.0` });
        return;
      }
      if (parseVersion(previous.version) && parseVersion(release.version)) {
        const allowed = (["patch", "minor", "major"] as const).map((kind) => bumpVersion(previous.version, kind));
        if (!allowed.includes(release.version)) {
          issues.push({ ...at(["releases", index, "version"]), message: `release ${release.version} follows ${previous.version}; expected ${allowed[0]} (patch: corrections), ${allowed[1]} (minor: rows added) or ${allowed[2]} (major: columns or meaning changed)` });
        }
      }
      if (typeof release.date === "string" && typeof previous.date === "string" && release.date < previous.date) {
        issues.push({ ...at(["releases", index, "date"]), message: `release ${release.version} is dated ${release.date}, before release ${previous.version} (${previous.date}); expected dates in release order` });
      }
    });
    checkPatchAddsNoRows(catalog, descriptor, at, issues);
  }
  // A version folder with no release entry (copied by hand): say exactly how to add the entry with its changelog.
  for (const issue of catalog.issues) {
    const match = /^version folder (\S+) has no entry/.exec(issue.message);
    if (!match) continue;
    const dataset = issue.file.split("/")[1];
    superseded.push({ file: issue.file, prefix: "version folder " });
    issues.push({ ...issue, message: `version folder ${match[1]} has no release entry in datapackage.json, so it has no changelog; add one: npm run data:release -- --dataset ${dataset} --version ${match[1]} --changes "what changed and why"` });
  }
  return { issues, supersedes: (issue) => superseded.some((entry) => entry.file === issue.file && issue.message.startsWith(entry.prefix)) };
}

function checkPatchAddsNoRows(catalog: Catalog, descriptor: WorkingDescriptor, at: (path: (string | number)[]) => Pick<Issue, "file" | "line" | "column">, issues: Issue[]): void {
  const dataset = catalog.datasets.get(descriptor.name);
  if (!dataset) return;
  for (let i = 1; i < dataset.versions.length; i++) {
    const before = dataset.versions[i - 1];
    const after = dataset.versions[i];
    const [, , patch] = parseVersion(after.version) ?? [0, 0, 0];
    if (patch === 0) continue;
    for (const resource of dataset.descriptor.resources) {
      const diff = diffTables(resource, before.tables.get(resource.name), after.tables.get(resource.name));
      if (diff.added.length > 0) {
        const index = dataset.descriptor.releases.findIndex((release) => release.version === after.version);
        issues.push({ ...at(["releases", index, "version"]), message: `release ${after.version} is a patch (corrections only) but adds ${diff.added.length} row(s) to "${resource.name}"; rows added need a minor version (${bumpVersion(before.version, "minor")})` });
      }
    }
  }
}

/**
 * Edited files of versions that are not released yet only need their checksums recorded again; the catalog's
 * generic "publish a new version" advice is right only for released versions, so this rule rewords it.
 */
export function adviseUnreleasedChecksums(catalog: Catalog, state: ReleasedState): RuleResult {
  const issues: Issue[] = [];
  const paths = new Set<string>();
  const stale = catalog.issues.filter((issue) => issue.message.startsWith("bytes differ from release "));
  for (const issue of stale) {
    const match = /^(.*)\/([^/]+)\/(\d+\.\d+\.\d+)\/[^/]+$/.exec(issue.file);
    if (!match) continue;
    const dataset = match[2];
    const version = match[3];
    if (releasedVersions(state, dataset).has(version)) continue;
    paths.add(issue.file);
    issues.push({ file: issue.file, line: 0, column: 0, message: `checksum out of date: the file was edited after its checksum was recorded. Version ${version} is not released yet (not in ${state.ref}), so record the new checksum: npm run data:release -- --dataset ${dataset} --version ${version}` });
  }
  return { issues, supersedes: (issue) => paths.has(issue.file) && issue.message.startsWith("bytes differ from release ") };
}

/** Scaffold placeholders left in a descriptor: an error once the dataset has rows, a reminder before that. */
export function checkDescriptorPlaceholders(catalog: Catalog, working: ReadonlyMap<string, WorkingDescriptor>): Issue[] {
  const issues: Issue[] = [];
  for (const descriptor of working.values()) {
    const dataset = catalog.datasets.get(descriptor.name);
    const hasRows = dataset?.versions.some((version) => [...version.tables.values()].some((table) => table.rows.length > 0)) ?? false;
    for (const match of descriptor.text.matchAll(new RegExp(`"${PLACEHOLDER}`, "g"))) {
      issues.push({
        file: descriptor.file,
        ...positionOf(descriptor.text, match.index + 1),
        message: `placeholder text left by the scaffold ("${PLACEHOLDER} …"); replace it with what the dataset or column really holds${hasRows ? "" : " before adding rows"}`,
        severity: hasRows ? "error" : "warning",
      });
    }
  }
  return issues;
}
