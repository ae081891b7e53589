import { execFileSync } from "node:child_process";

/** Where a base ref came from: chosen explicitly (flag or env), or the default lookup. */
export interface BaseRef {
  /** The ref to compare with (e.g. `origin/main`), or null when there is none to compare with. */
  ref: string | null;
  /** Why the ref is what it is, for a notice printed to the user. */
  reason: string;
  /** True when an explicitly requested ref does not exist (a configuration mistake, not a skip). */
  missing?: boolean;
}

function git(root: string, args: string[], input?: string): Buffer {
  return execFileSync("git", args, { cwd: root, input, stdio: ["pipe", "pipe", "ignore"], maxBuffer: 1 << 30 });
}

/** True when `root` is inside a git work tree. */
export function isGitRepository(root: string): boolean {
  try {
    return git(root, ["rev-parse", "--is-inside-work-tree"]).toString().trim() === "true";
  } catch {
    return false;
  }
}

/** True when `ref` names a commit in the repository at `root`. */
export function refExists(root: string, ref: string): boolean {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Chooses the ref whose releases count as published: an explicit ref when given (flag or env), otherwise the
 * first of `fallbacks` that exists. Released versions in that ref may never change.
 */
export function resolveBaseRef(root: string, explicit: string | undefined, fallbacks: readonly string[] = ["origin/main"]): BaseRef {
  if (!isGitRepository(root)) return { ref: null, reason: "not a git repository, so released versions cannot be compared with a published state" };
  if (explicit) {
    return refExists(root, explicit)
      ? { ref: explicit, reason: `comparing with ${explicit}` }
      : { ref: null, reason: `base ref "${explicit}" does not exist; fetch it (git fetch origin main) or choose another ref`, missing: true };
  }
  for (const candidate of fallbacks) if (refExists(root, candidate)) return { ref: candidate, reason: `comparing with ${candidate}` };
  return { ref: null, reason: `no ${fallbacks.join(" or ")} to compare with (set CHECK_BASE_REF or pass --base to choose a ref)` };
}

/** Paths of the files under `folder` in `ref` (repository-relative, sorted). */
export function listFilesAt(root: string, ref: string, folder: string): string[] {
  const output = git(root, ["ls-tree", "-r", "-z", "--name-only", ref, "--", folder]).toString();
  return output.split("\0").filter(Boolean).sort();
}

/**
 * Reads many files from one ref with a single `git cat-file --batch` (the equivalent of `git show REF:path` for
 * each path, without a process per file). Missing paths map to null.
 */
export function readFilesAt(root: string, ref: string, paths: readonly string[]): Map<string, Buffer | null> {
  const result = new Map<string, Buffer | null>();
  if (paths.length === 0) return result;
  const output = git(root, ["cat-file", "--batch"], paths.map((path) => `${ref}:${path}\n`).join(""));
  let offset = 0;
  for (const path of paths) {
    const end = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, end).toString();
    offset = end + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      result.set(path, null);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    result.set(path, Buffer.from(output.subarray(offset, offset + size)));
    offset += size + 1; // content is followed by a newline
  }
  return result;
}

/** Reads one file from a ref (`git show REF:path`), or null when the ref has no such file. */
export function readFileAt(root: string, ref: string, path: string): Buffer | null {
  return readFilesAt(root, ref, [path]).get(path) ?? null;
}
