// Browser gate for one page: it loads from the local server with no console errors, no failed requests and
// no request to any other host, and passes axe-core's WCAG 2.0/2.1/2.2 A and AA rules in each colour scheme.
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";

/** axe-core rule tags: every WCAG 2.0, 2.1 and 2.2 level A and AA rule (axe has no separate "wcag22a" rules yet). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The axe-core bundle injected into pages as an inline script (never fetched from anywhere). */
export const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the failing elements, with axe's explanation for each. */
  nodes: { target: string; summary: string; html: string }[];
}

export interface PageProblems {
  /** Console errors and uncaught exceptions. */
  console: string[];
  /** Requests that failed or answered with an HTTP error. */
  failed: string[];
  /** Requests to any host other than the local server (blocked before they leave the browser). */
  foreign: string[];
  /** axe violations per colour scheme. */
  axe: Record<string, AxeViolation[]>;
  /** HTTP status of the page itself. */
  status: number | null;
}

export interface CheckOptions {
  /** Origin of the local server: the only host the page may talk to. */
  origin: string;
  /** Colour schemes to run axe in (contrast differs per theme). */
  schemes?: ("light" | "dark")[];
  /** Viewport for the check. */
  viewport?: { width: number; height: number };
}

/**
 * Rules whose result depends on the colour scheme. The first scheme runs every WCAG A/AA rule; further
 * schemes only these, since structure, names and roles do not change with the theme (and contrast on a
 * page with big tables is the slow part).
 */
export const SCHEME_RULES = ["color-contrast", "link-in-text-block"];

/** Injects axe-core into a loaded page (once) and runs the WCAG A/AA rules (or only `rules`); returns the violations. */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: AXE_TAGS };
  const results = await page.evaluate(async (only) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: only, resultTypes: ["violations"] });
  }, runOnly);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map((part) => (Array.isArray(part) ? part.join(" ") : String(part))).join(" >>> "),
      summary: (node.failureSummary ?? "").replace(/\s+/g, " ").trim(),
      html: node.html.length > 160 ? `${node.html.slice(0, 160)}…` : node.html,
    })),
  }));
}

/** Opens `url` in a new tab of `context`, records everything that went wrong, runs axe per scheme, closes the tab. */
export async function checkPage(context: BrowserContext, url: string, options: CheckOptions): Promise<PageProblems> {
  const schemes = options.schemes ?? ["light", "dark"];
  const page = await context.newPage();
  const problems: PageProblems = { console: [], failed: [], foreign: [], axe: {}, status: null };
  const blocked = new Set<string>();
  try {
    if (options.viewport) await page.setViewportSize(options.viewport);
    await page.emulateMedia({ colorScheme: schemes[0] ?? "light" });
    // Every request is looked at before it leaves: other hosts are recorded and aborted, so a test run
    // never reaches the network even when a page is wrong.
    await page.route("**/*", async (route) => {
      const requestUrl = route.request().url();
      if (/^(data|blob|about):/.test(requestUrl) || new URL(requestUrl).origin === options.origin) {
        await route.continue();
        return;
      }
      problems.foreign.push(`${route.request().resourceType()} ${requestUrl}`);
      blocked.add(requestUrl);
      await route.abort("blockedbyclient");
    });
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // Aborting a foreign request makes Chromium log a console error too; it is reported once, as foreign.
      if (blocked.size > 0 && (message.text().includes("ERR_BLOCKED_BY_CLIENT") || blocked.has(message.location().url))) return;
      const where = message.location().url ? ` (${message.location().url}:${message.location().lineNumber})` : "";
      problems.console.push(`${message.text()}${where}`);
    });
    page.on("pageerror", (error) => problems.console.push(`uncaught ${error.name}: ${error.message}`));
    page.on("requestfailed", (request) => {
      if (blocked.has(request.url())) return;
      problems.failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.failed.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    });
    const response = await page.goto(url, { waitUntil: "load" });
    problems.status = response?.status() ?? null;
    for (const [index, scheme] of schemes.entries()) {
      if (index > 0) await page.emulateMedia({ colorScheme: scheme });
      problems.axe[scheme] = await runAxe(page, index === 0 ? undefined : SCHEME_RULES);
    }
  } finally {
    await page.close();
  }
  return problems;
}

/** Every problem as readable lines naming the page, the rule and the element; empty when the page is clean. */
export function formatPageProblems(label: string, problems: PageProblems): string[] {
  const lines: string[] = [];
  if (problems.status !== 200) lines.push(`${label}: page answered HTTP ${problems.status ?? "nothing"}`);
  for (const text of problems.console) lines.push(`${label}: console error: ${text}`);
  for (const text of problems.failed) lines.push(`${label}: failed request: ${text}`);
  for (const text of problems.foreign) lines.push(`${label}: request to another host: ${text}`);
  for (const [scheme, violations] of Object.entries(problems.axe)) {
    for (const violation of violations) {
      // One line per rule: a styling fault repeats on every table cell, and the first element explains it.
      const first = violation.nodes[0];
      const targets = violation.nodes.slice(0, 5).map((node) => node.target).join(" | ");
      const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : "";
      lines.push(
        `${label} [${scheme}]: axe ${violation.rule} (${violation.impact}): ${violation.help} — ${violation.nodes.length} element(s): ${targets}${more}` +
          (first ? ` — first: ${first.summary} — ${first.html}` : ""),
      );
    }
  }
  return lines;
}
