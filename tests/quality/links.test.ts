// Link gate on the built site: every internal href/src (pages, downloads, #anchors, feeds, data packages)
// resolves under the base path; external URLs go to test-results/external-links.json, unfetched.
import { beforeAll, describe, expect, it } from "vitest";
import { checkLinks, formatLinkProblems, type LinkReport } from "../../src/tools/quality/links.ts";
import { listPages } from "../../src/tools/quality/pages.ts";
import { capLines, writeReport } from "../../src/tools/quality/report.ts";
import { expectedSite, siteDir } from "../../src/tools/quality/site.ts";

const dir = siteDir();
const { site, base } = expectedSite();
let report: LinkReport;

beforeAll(() => {
  report = checkLinks(dir, { site, base });
  writeReport("external-links.json", { site, base, count: report.external.length, links: report.external });
});

describe(`links in ${dir} (base ${base})`, () => {
  it("finds the pages to check", () => {
    const paths = listPages(dir).map((page) => page.path);
    expect(paths).toContain("/");
    expect(paths).toContain("/404.html");
    expect(report.counts.internal).toBeGreaterThan(paths.length);
  });

  it("resolves every internal link, download, anchor and base-path URL", () => {
    const message = `${report.problems.length} broken internal reference(s):\n${capLines(formatLinkProblems(report.problems))}`;
    expect(report.problems.length, message).toBe(0);
  });

  it("loads nothing from another host (external URLs are only linked)", () => {
    const loaded = report.external.filter((link) => link.kind === "resource");
    const message = loaded.map((link) => `${link.url} loaded by ${link.files.join(", ")}`).join("\n");
    expect(loaded.length, message).toBe(0);
  });
});
