import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/lib/data/catalog.ts";
import { sha256 } from "../../src/lib/data/checksum.ts";

// Builds the real site under a project path (as GitHub Pages serves it) and checks that pages exist and that
// every internal link carries the base path.
const BASE = "/enforcement-ledger/";
const root = join(import.meta.dirname, "../..");
// Inside the project: Astro resolves packages for prerendering from the output folder.
mkdirSync(join(root, ".test-builds"), { recursive: true });
const outDir = mkdtempSync(join(root, ".test-builds", "base-path-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

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

describe("dataset downloads in the built site", () => {
  const catalog = loadCatalog({ root });

  test("every released CSV is served byte-identical at its versioned URL and matches its recorded sha256", () => {
    let checked = 0;
    for (const dataset of catalog.datasets.values()) {
      for (const version of dataset.versions) {
        for (const file of version.files) {
          const served = readFileSync(join(outDir, "data", dataset.name, version.version, file.fileName));
          expect(served.equals(readFileSync(join(root, file.path))), file.path).toBe(true);
          expect(sha256(served), file.path).toBe(file.sha256);
          checked++;
        }
      }
    }
    expect(checked).toBe([...catalog.datasets.values()].reduce((sum, dataset) => sum + dataset.versions.reduce((n, version) => n + version.files.length, 0), 0));
  });

  test("the latest alias serves the newest version's bytes, and each version has a descriptor and a zip", () => {
    for (const dataset of catalog.datasets.values()) {
      for (const file of dataset.latest.files) {
        const latest = readFileSync(join(outDir, "data", dataset.name, "latest", file.fileName));
        expect(sha256(latest), `${dataset.name}/latest/${file.fileName}`).toBe(file.sha256);
      }
      for (const version of dataset.versions) {
        const descriptor = JSON.parse(readFileSync(join(outDir, "data", dataset.name, version.version, "datapackage.json"), "utf8"));
        expect(descriptor.version).toBe(version.version);
        expect(existsSync(join(outDir, "data", dataset.name, version.version, `${dataset.name}-${version.version}.zip`))).toBe(true);
      }
    }
  });

  test("each dataset page lists every version with its changelog entry and checksums", () => {
    for (const dataset of catalog.datasets.values()) {
      const html = readFileSync(join(outDir, "data", dataset.name, "index.html"), "utf8");
      for (const version of dataset.versions) {
        expect(html, dataset.name).toContain(`id="v${version.version}"`);
        for (const file of version.files) expect(html, dataset.name).toContain(file.sha256);
      }
      expect(html).toContain('"@type":"Dataset"');
      expect(html).toContain("@misc{enforcementledger_");
    }
  });
});

describe("charts in the built site", () => {
  test("every chart figure has an accessible SVG, a table of its rows and a working CSV link", () => {
    const chartsDir = join(outDir, "charts");
    const ids = existsSync(chartsDir) ? readdirSync(chartsDir).filter((name) => existsSync(join(chartsDir, name, "index.html"))) : [];
    for (const id of ids) {
      const html = readFileSync(join(chartsDir, id, "index.html"), "utf8");
      const csv = readFileSync(join(chartsDir, id, "data.csv"), "utf8").trimEnd().split("\n");
      expect(html, id).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${id}-title"`));
      expect(html, id).toContain(`href="${BASE}charts/${id}/data.csv"`);
      const tableRows = html.slice(html.indexOf("Data table: the")).match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr/g)!.length;
      expect(tableRows, id).toBe(csv.length - 1);
      expect(existsSync(join(chartsDir, id, "chart.png")), id).toBe(true);
    }
  });
});
