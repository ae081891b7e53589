// Where the built site is and which base path it was built for. Shared by every quality gate, so the
// gates and `astro build` agree on the same environment variables (OUT_DIR, BASE_PATH, SITE_URL).
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { siteSettings } from "../../site/settings.mjs";

/** Absolute path of the repository root (three levels above this file). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Folder the gates write their reports and screenshots to (gitignored). */
export const resultsDir = join(projectRoot, "test-results");

/** The built-site folder: OUT_DIR as astro.config.mjs reads it, else dist/. */
export function siteDir(env: Record<string, string | undefined> = process.env): string {
  const out = env.OUT_DIR || "dist";
  return isAbsolute(out) ? out : join(projectRoot, out);
}

/** The site origin and base path the build is configured for by the environment. */
export function expectedSite(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  const { site, base } = siteSettings(env);
  return { site, base };
}

/**
 * The base path a built site was made for, read from the canonical link of its home page
 * (Base.astro always writes one); null when the site or the link is missing.
 */
export function builtBase(dir: string): string | null {
  const home = join(dir, "index.html");
  if (!existsSync(home)) return null;
  const match = /<link\s[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(readFileSync(home, "utf8"))
    ?? /<link\s[^>]*href="([^"]+)"[^>]*rel="canonical"/.exec(readFileSync(home, "utf8"));
  if (!match?.[1]) return null;
  return new URL(match[1]).pathname;
}
