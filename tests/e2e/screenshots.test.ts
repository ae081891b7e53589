// Key pages (home, every article, the heaviest notebook, dataset, data table and chart page) at 360 px and 1280 px, in
// light and dark mode: full-page screenshots kept under test-results/screenshots/ as CI artifacts. At each
// width the page must not scroll sideways (WCAG 1.4.10 reflow); at 360 px it must also pass axe, because the
// narrow chart variants and the phone layout are only visible on small screens.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "../../src/tools/quality/browser.ts";
import { formatPageProblems, runAxe, SCHEME_RULES } from "../../src/tools/quality/page-check.ts";
import { keyPages, listPages, pageSlug } from "../../src/tools/quality/pages.ts";
import { expectedSite, resultsDir, siteDir } from "../../src/tools/quality/site.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/quality/static-server.ts";

const dir = siteDir();
const { base } = expectedSite();
const pages = keyPages(dir, listPages(dir));
const WIDTHS = [360, 1280];
const SCHEMES = ["light", "dark"] as const;
const shotsDir = join(resultsDir, "screenshots");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  server = await startStaticServer(dir, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`screenshots of key pages (${dir})`, () => {
  it("has key pages: home and at least one dataset page", () => {
    const types = pages.map((page) => page.type);
    expect(types).toContain("home");
    expect(types).toContain("dataset");
  });

  const cases = pages.flatMap((page) => WIDTHS.map((width) => ({ page, width, name: `${page.path} at ${width}px` })));
  it.concurrent.for(cases)("$name", async ({ page: builtPage, width }, { expect: expectHere }) => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    try {
      await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
      await page.goto(server.url(builtPage.path), { waitUntil: "load" });
      for (const [index, scheme] of SCHEMES.entries()) {
        await page.emulateMedia({ colorScheme: scheme });
        const file = join(shotsDir, `${pageSlug(builtPage.path)}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expectHere(statSync(file).size, `${file} should be a real screenshot`).toBeGreaterThan(2000);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${builtPage.path} at ${width}px [${scheme}]: the page scrolls sideways by ${overflow}px (content wider than the viewport)`);
        // pages.test.ts already runs axe on every page at 1280 px; the narrow layout is only checked here.
        if (width < 1280) {
          const violations = await runAxe(page, index === 0 ? undefined : SCHEME_RULES);
          problems.push(...formatPageProblems(`${builtPage.path} at ${width}px`, { console: [], failed: [], foreign: [], status: 200, axe: { [scheme]: violations } }));
        }
      }
    } finally {
      await page.close();
    }
    expectHere(problems.length, problems.join("\n")).toBe(0);
  });
});
