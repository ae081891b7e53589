// The browser gate itself, on a two-page fixture: a clean page passes with nothing to report; a faulty page
// is caught for each fault (third-party request, missing file, script error, low contrast in each theme).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "../../src/tools/quality/browser.ts";
import { checkPage, formatPageProblems } from "../../src/tools/quality/page-check.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/quality/static-server.ts";

const BASE = "/ledger/";
const page = (title: string, body: string, head = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

let root: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "el-browser-gate-"));
  mkdirSync(join(root, "clean"));
  mkdirSync(join(root, "faulty"));
  writeFileSync(join(root, "clean/index.html"), page("Clean", `<p>Readable text and <a href="${BASE}faulty/">a link</a>.</p><img src="${BASE}dot.svg" alt="A dot">`));
  writeFileSync(join(root, "dot.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><circle cx="2" cy="2" r="2"/></svg>`);
  writeFileSync(
    join(root, "faulty/index.html"),
    page(
      "Faulty",
      [
        `<img src="https://cdn.example.net/pixel.png" alt="Pixel">`,
        `<img src="${BASE}missing.png" alt="Missing">`,
        `<p style="color:#bbbbbb;background:#ffffff">Light grey on white.</p>`,
        `<p class="night">Dark grey on black, in dark mode only.</p>`,
        `<script>throw new Error("boom from the fixture")</script>`,
      ].join(""),
      `<style>.night{color:#000;background:#fff}@media (prefers-color-scheme: dark){.night{color:#222;background:#000}}</style>`,
    ),
  );
  server = await startStaticServer(root, BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the browser gate", () => {
  it("finds nothing wrong with a clean page", async () => {
    const problems = await checkPage(browser.context, server.url("/clean/"), { origin: server.origin });
    expect(formatPageProblems("/clean/", problems)).toEqual([]);
    expect(Object.keys(problems.axe)).toEqual(["light", "dark"]);
  });

  it("catches a third-party request, a missing file, a script error and low contrast in each theme", async () => {
    const problems = await checkPage(browser.context, server.url("/faulty/"), { origin: server.origin });
    expect(problems.status).toBe(200);
    expect(problems.foreign).toEqual(["image https://cdn.example.net/pixel.png"]);
    expect(problems.failed).toEqual([`GET ${server.origin}${BASE}missing.png: HTTP 404`]);
    expect(problems.console.some((line) => line.includes("boom from the fixture"))).toBe(true);
    const contrast = (scheme: string) => problems.axe[scheme]?.find((violation) => violation.rule === "color-contrast")?.nodes.map((node) => node.target) ?? [];
    expect(contrast("light")).toEqual(["p:nth-child(4)"]);
    expect(contrast("dark")).toEqual(expect.arrayContaining(["p:nth-child(4)", ".night"]));
    const lines = formatPageProblems("/faulty/", problems);
    expect(lines.some((line) => line.startsWith("/faulty/: request to another host: image https://cdn.example.net/pixel.png"))).toBe(true);
    expect(lines.some((line) => line.startsWith("/faulty/ [dark]: axe color-contrast (serious)"))).toBe(true);
  });

  it("answers 404 for a page that does not exist, and the gate says so", async () => {
    const problems = await checkPage(browser.context, server.url("/nowhere/"), { origin: server.origin, schemes: ["light"] });
    expect(problems.status).toBe(404);
    expect(formatPageProblems("/nowhere/", problems)[0]).toBe("/nowhere/: page answered HTTP 404");
  });
});
