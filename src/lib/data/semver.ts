/** A semantic version `MAJOR.MINOR.PATCH` (no pre-release tags: a published dataset version is final). */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Parses `1.2.3` into numbers, or returns null when it is not a plain semantic version. */
export function parseVersion(version: string): [number, number, number] | null {
  const match = SEMVER_PATTERN.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Orders two versions: negative when `a` is older. Invalid versions sort first. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a) ?? [-1, -1, -1];
  const pb = parseVersion(b) ?? [-1, -1, -1];
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** The next version for a bump kind: major (meaning changed), minor (rows added), patch (corrections). */
export function bumpVersion(version: string, kind: "major" | "minor" | "patch"): string {
  const parsed = parseVersion(version);
  if (!parsed) throw new Error(`Not a semantic version: "${version}"`);
  const [major, minor, patch] = parsed;
  if (kind === "major") return `${major + 1}.0.0`;
  if (kind === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
