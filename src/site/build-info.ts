import { execFileSync } from "node:child_process";
import { siteSettings } from "./settings.mjs";

/** Facts about this build that the footer and citations show. Dates come from the commit, not the clock, so two builds of one commit are identical. */
export interface BuildInfo {
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  repository: string;
}

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

let info: BuildInfo | null = null;

/** The commit being built (or "uncommitted" outside a git checkout) and its date. */
export function buildInfo(): BuildInfo {
  if (!info) {
    const commit = process.env.BUILD_COMMIT ?? git(["rev-parse", "--short=12", "HEAD"]) ?? "uncommitted";
    const date = process.env.BUILD_DATE ?? git(["log", "-1", "--format=%cs"]) ?? "1970-01-01";
    info = { commit, date, repository: siteSettings(process.env).repository };
  }
  return info;
}
