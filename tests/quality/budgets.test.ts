// Budget gate: bytes per page (HTML + CSS + inline SVG + images + JS) within the budget of its page type,
// no JavaScript outside search. Writes test-results/page-weight.json and page-weight.md.
import { afterAll, describe, expect, it } from "vitest";
import { budgetProblems, JS_ALLOWED, measurePage, PAGE_BUDGETS, weightTable, type PageWeight } from "../../src/tools/quality/budgets.ts";
import { listPages } from "../../src/tools/quality/pages.ts";
import { writeReport } from "../../src/tools/quality/report.ts";
import { expectedSite, siteDir } from "../../src/tools/quality/site.ts";

const dir = siteDir();
const { base } = expectedSite();
const pages = listPages(dir);
const weights: PageWeight[] = pages.map((page) => measurePage(dir, page, base));

afterAll(() => {
  writeReport("page-weight.json", { base, budgets: PAGE_BUDGETS, jsAllowed: [...JS_ALLOWED], pages: weights });
  writeReport("page-weight.md", weightTable(weights));
});

describe(`page budgets in ${dir}`, () => {
  it("measures every page, counting the HTML itself", () => {
    expect(weights.length).toBe(pages.length);
    for (const weight of weights) expect(weight.total).toBeGreaterThanOrEqual(weight.html);
  });

  it.each(weights.map((weight) => [weight.path, weight] as const))("%s", (_path, weight) => {
    const problems = budgetProblems(weight);
    expect(problems.length, problems.join("\n")).toBe(0);
  });
});
