import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";

// Builds the real site under a project path (as GitHub Pages serves it) and checks that pages exist and that
// every internal link carries the base path.
const BASE = "/enforcement-ledger/";
const outDir = mkdtempSync(join(tmpdir(), "el-base-build-"));
const root = join(import.meta.dirname, "../..");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith(".html")).map((file) => join(dir, file));
}

describe(`a build under the base path ${BASE}`, () => {
  beforeAll(() => {
    // Vitest exposes Vite's env (BASE_URL, MODE, …) in process.env; a child build must not inherit it.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)));
    execFileSync("npx", ["astro", "build"], { cwd: root, env: { ...env, BASE_PATH: BASE, SITE_URL: "https://example.github.io", OUT_DIR: outDir }, stdio: "pipe" });
  }, 300_000);

  test("produces the home page, the 404 page and every article page", () => {
    expect(existsSync(join(outDir, "index.html"))).toBe(true);
    expect(existsSync(join(outDir, "404.html"))).toBe(true);
    const articles = readdirSync(join(root, "content/articles")).filter((name) => name.endsWith(".mdx") && !name.startsWith("_"));
    for (const name of articles) expect(existsSync(join(outDir, "articles", name.replace(/\.mdx$/, ""), "index.html")), name).toBe(true);
  });

  test("every root-relative link and asset URL starts with the base path", () => {
    const offenders: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, "utf8");
      for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!match[1].startsWith(BASE) && !match[1].startsWith("//")) offenders.push(`${file.slice(outDir.length)}: ${match[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("canonical URLs are absolute and include the base path", () => {
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toContain(`<link rel="canonical" href="https://example.github.io${BASE}">`);
  });
});
