// Vitest global setup for the quality and browser suites: builds the site once per run (not once per test
// file) when the built folder is missing or stale, then every test file reads the same build.
import { ensureBuilt } from "./build-site.ts";
import { expectedSite } from "./site.ts";

/** Called once by Vitest before any test file is collected. */
export default function setup(): void {
  const { base } = expectedSite();
  const result = ensureBuilt();
  const what = result.built ? `built in ${result.seconds.toFixed(1)}s (${result.reason})` : result.reason ? `NOT rebuilt although ${result.reason} (QUALITY_BUILD=never)` : "up to date, not rebuilt";
  console.log(`[quality] site ${result.dir} at base ${base}: ${what}`);
}
