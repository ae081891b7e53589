// Valid-HTML gate: every built page passes html-validate with the committed .htmlvalidate.json, zero errors.
import { describe, expect, it } from "vitest";
import { createValidator, formatHtmlProblems, validatePage } from "../../src/tools/quality/html-validation.ts";
import { listPages } from "../../src/tools/quality/pages.ts";
import { siteDir } from "../../src/tools/quality/site.ts";

const dir = siteDir();
const pages = listPages(dir);
const validator = createValidator();

describe(`valid HTML in ${dir}`, () => {
  it("has pages to validate", () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each(pages.map((page) => [page.path, page] as const))("%s", async (_path, page) => {
    const problems = await validatePage(validator, dir, page.file);
    expect(problems.length, `${problems.length} HTML error(s):\n${formatHtmlProblems(problems)}`).toBe(0);
  });
});
