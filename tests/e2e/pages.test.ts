// Browser gate over every built page: loads from the local static server (under the base path) with no
// console errors, no failed requests, no request to another host; zero axe WCAG 2.x A/AA violations in
// light and dark mode.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "../../src/tools/quality/browser.ts";
import { checkPage, formatPageProblems } from "../../src/tools/quality/page-check.ts";
import { listPages } from "../../src/tools/quality/pages.ts";
import { expectedSite, siteDir } from "../../src/tools/quality/site.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/quality/static-server.ts";

const dir = siteDir();
const { base } = expectedSite();
const pages = listPages(dir);
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(dir, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`every page in a browser (${dir}, base ${base})`, () => {
  it("has pages to load", () => {
    expect(pages.map((page) => page.path)).toContain("/");
  });

  // Two tabs at a time (maxConcurrency in vitest.e2e.config.ts): axe is single-threaded, CI has two cores.
  it.concurrent.for(pages)("$path", async (page, { expect: expectHere }) => {
    const problems = await checkPage(browser.context, server.url(page.path), { origin: server.origin, schemes: ["light", "dark"] });
    const lines = formatPageProblems(`${page.path} (${page.file})`, problems);
    expectHere(lines.length, lines.join("\n")).toBe(0);
  });
});
