// Each test starts from a small valid repository (tests/fixtures/contributing/repo, published on `main`),
// makes one mistake a contributor could plausibly make, and asserts the exact message the check prints
// (`path:line:column message`) and that it fails. The six mistakes named in issue 10 run the real command as a
// child process; the others run the same check in-process.
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { sha256 } from "../../src/lib/data/checksum.ts";
import { createVersion } from "../../src/lib/scaffold/version.ts";
import { recordRelease } from "../../src/lib/scaffold/release.ts";
import { checkIssues, commitAll, makeRepo, read, removeRepos, replaceOnce, reportedLines, runCheck, write } from "./helpers.ts";

const CSV_1_0_0 = "data/ice-removals/1.0.0/removals.csv";
const CSV_1_1_0 = "data/ice-removals/1.1.0/removals.csv";
const DESCRIPTOR = "data/ice-removals/datapackage.json";
const ARTICLE = "content/articles/removals-explained.mdx";
const CHART = "content/charts/ice-removals-by-fiscal-year.ts";
const HEADER = "fiscal_year,removals,status,source_id,source_locator,note\n";

/** Starts version 1.1.0 with the scaffold, writes its table, and records checksums, as CONTRIBUTING.md says. */
function newVersion(repo: string, rows: string, bump: "minor" | "patch" = "minor"): void {
  createVersion(repo, { dataset: "ice-removals", bump, changes: "Added the FY2021 figure from the FY2023 annual report.", date: "2026-12-01" });
  const folder = bump === "minor" ? "1.1.0" : "1.0.1";
  write(repo, `data/ice-removals/${folder}/removals.csv`, HEADER + rows);
  recordRelease(repo, { dataset: "ice-removals", version: folder, date: "2026-12-01" });
}

const FY2021 = "2021,59011,official,ice-ar-fy2023,p. 12,\n";
/** The rows of the released 1.0.0 table, for versions that keep them. */
const ROWS_1_0_0 = "2022,72177,official,ice-ar-fy2023,p. 12,\n2023,142580,official,ice-ar-fy2023,p. 12,\n2024,271484,official,ice-ar-fy2024,p. 8,\n";

afterAll(removeRepos);

describe("the fixture repository", () => {
  test("passes the check as committed", async () => {
    const repo = makeRepo();
    expect(await checkIssues(repo)).toEqual({ errors: [], warnings: [] });
    const run = runCheck(repo);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Released versions: comparing with main.");
    expect(run.stdout).toMatch(/✓ 1 datasets, 1 versions, 4 rows \(latest versions\), 2 sources, 1 charts, 2 MDX pages checked in [\d.]+s: no problems found\./);
  });
});

describe("the six mistakes named in the issue (child process: exact line, exit status 1)", () => {
  test("a typo in a number: 12,34 in an integer column", () => {
    const repo = makeRepo();
    newVersion(repo, `2021,"12,34",official,ice-ar-fy2023,p. 12,\n`);
    const run = runCheck(repo);
    expect(run.status).toBe(1);
    expect(reportedLines(run.stderr)).toEqual([`${CSV_1_1_0}:2:6 column "removals": found "12,34"; expected a whole number with no separators, e.g. 271484`]);
    expect(run.stderr).toContain("✗ 1 problem(s) found.");
  });

  test("a missing source: a source_id that is not in the registry", () => {
    const repo = makeRepo();
    newVersion(repo, "2021,59011,official,ice-ar-fy2021,p. 12,\n");
    const run = runCheck(repo);
    expect(run.status).toBe(1);
    expect(reportedLines(run.stderr)).toEqual([`${CSV_1_1_0}:2:21 source_id "ice-ar-fy2021" is not in the sources registry (data/sources/*.csv); add the source or fix the id`]);
  });

  test("a changed released file", () => {
    const repo = makeRepo();
    replaceOnce(repo, CSV_1_0_0, "271484", "271485");
    const digest = sha256(read(repo, CSV_1_0_0));
    const run = runCheck(repo);
    expect(run.status).toBe(1);
    expect(reportedLines(run.stderr)).toEqual([
      `${CSV_1_0_0}:0:0 changed after release: version 1.0.0 was released in main with sha256 d6115c71270b… (275 bytes); the file now has ${digest.slice(0, 12)}… (275 bytes). Released files never change: restore it (git restore --source=main -- ${CSV_1_0_0}) and publish a new version instead (npm run data:version -- --dataset ice-removals --bump patch --changes "…")`,
    ]);
  });

  test("a new version without a changelog entry", () => {
    const repo = makeRepo();
    newVersion(repo, FY2021);
    replaceOnce(repo, DESCRIPTOR, `"changes": "Added the FY2021 figure from the FY2023 annual report.",`, "");
    const run = runCheck(repo);
    expect(run.status).toBe(1);
    expect(reportedLines(run.stderr)).toEqual([
      `${DESCRIPTOR}:39:5 release 1.1.0 has no changelog entry; add "changes": a sentence saying what changed and why, e.g. "Corrected the FY2023 figure to match ICE's revised annual report."`,
    ]);
  });

  test("a chart without a takeaway", () => {
    const repo = makeRepo();
    const text = read(repo, CHART);
    write(repo, CHART, text.replace(/^  takeaway: .*\n/m, ""));
    const run = runCheck(repo);
    expect(run.status).toBe(1);
    expect(reportedLines(run.stderr)).toEqual([
      `${CHART}:1:1 chart "ice-removals-by-fiscal-year": has no takeaway; expected one sentence stating what the chart shows (it is also the text alternative)`,
      `${ARTICLE}:18:1 <Chart id="ice-removals-by-fiscal-year" />: content/charts/ice-removals-by-fiscal-year.ts does not exist or is invalid`,
    ]);
  });

  test("front matter with a wrong date: a day that does not exist", () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "published: 2026-11-27", "published: 2026-02-30");
    const run = runCheck(repo);
    expect(run.status).toBe(1);
    expect(reportedLines(run.stderr)).toEqual([`${ARTICLE}:4:12 field "published": "2026-02-30" is not a calendar date; expected a real day written YYYY-MM-DD`]);
  });
});

describe("more mistakes (in-process)", () => {
  test("a number typed with a separator and no quotes splits the row", async () => {
    const repo = makeRepo();
    newVersion(repo, "2021,59,011,official,ice-ar-fy2023,p. 12,\n");
    expect((await checkIssues(repo)).errors).toEqual([
      `${CSV_1_1_0}:2:36 row has 7 fields; expected 6 (fiscal_year,removals,status,source_id,source_locator,note). Check for an unquoted comma or a missing value`,
    ]);
  });

  test("a front-matter date in another format", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "updated: 2026-11-27", "updated: 11/27/2026");
    expect((await checkIssues(repo)).errors).toEqual([`${ARTICLE}:5:10 field "updated": found "11/27/2026"; expected a date written YYYY-MM-DD, e.g. 2026-11-27`]);
  });

  test("a version folder copied by hand, with no release entry", async () => {
    const repo = makeRepo();
    mkdirSync(join(repo, "data/ice-removals/1.1.0"));
    write(repo, CSV_1_1_0, read(repo, CSV_1_0_0));
    expect((await checkIssues(repo)).errors).toEqual([
      `data/ice-removals/1.1.0:0:0 version folder 1.1.0 has no release entry in datapackage.json, so it has no changelog; add one: npm run data:release -- --dataset ice-removals --version 1.1.0 --changes "what changed and why"`,
    ]);
  });

  test("a new version edited after its checksum was recorded", async () => {
    const repo = makeRepo();
    createVersion(repo, { dataset: "ice-removals", bump: "minor", changes: "Added the FY2021 figure.", date: "2026-12-01" });
    write(repo, CSV_1_1_0, HEADER + FY2021 + ROWS_1_0_0);
    expect((await checkIssues(repo)).errors).toEqual([
      `${CSV_1_1_0}:0:0 checksum out of date: the file was edited after its checksum was recorded. Version 1.1.0 is not released yet (not in main), so record the new checksum: npm run data:release -- --dataset ice-removals --version 1.1.0`,
    ]);
  });

  test("a released file changed together with its recorded checksum", async () => {
    const repo = makeRepo();
    replaceOnce(repo, CSV_1_0_0, "271484", "271485");
    const bytes = read(repo, CSV_1_0_0);
    replaceOnce(repo, DESCRIPTOR, "d6115c71270bfcd85b4fcedef80f1a94145843edd7bd5bdf37ca3bc1407d04d4", sha256(bytes));
    const { errors } = await checkIssues(repo);
    expect(errors).toEqual([
      `${DESCRIPTOR}:37:18 release 1.0.0: the recorded checksum of "removals" changed (released in main as sha256 d6115c71270b…, 275 bytes); recorded checksums of a released version are never rewritten: restore them, and publish a new version for the change (npm run data:version -- --dataset ice-removals --bump patch --changes "…")`,
      `${CSV_1_0_0}:0:0 changed after release: version 1.0.0 was released in main with sha256 d6115c71270b… (275 bytes); the file now has ${sha256(bytes).slice(0, 12)}… (275 bytes). Released files never change: restore it (git restore --source=main -- ${CSV_1_0_0}) and publish a new version instead (npm run data:version -- --dataset ice-removals --bump patch --changes "…")`,
    ]);
  });

  test("a released version removed from the list of releases", async () => {
    const repo = makeRepo();
    newVersion(repo, FY2021 + ROWS_1_0_0);
    commitAll(repo, "Release 1.1.0");
    const descriptor = JSON.parse(read(repo, DESCRIPTOR));
    descriptor.releases.pop();
    write(repo, DESCRIPTOR, `${JSON.stringify(descriptor, null, 2)}\n`);
    rmSync(join(repo, "data/ice-removals/1.1.0"), { recursive: true });
    expect((await checkIssues(repo)).errors).toEqual([
      `${DESCRIPTOR}:91:3 release 1.1.0 was released in main and is no longer listed in "releases"; released versions are never removed or renumbered: restore its entry (and its folder data/ice-removals/1.1.0/ if it was deleted)`,
    ]);
  });

  test("Windows line endings saved by a spreadsheet", async () => {
    const repo = makeRepo();
    createVersion(repo, { dataset: "ice-removals", bump: "minor", changes: "Added the FY2021 figure.", date: "2026-12-01" });
    write(repo, CSV_1_1_0, (HEADER + FY2021 + ROWS_1_0_0).replace(/\n/g, "\r\n"));
    recordRelease(repo, { dataset: "ice-removals", date: "2026-12-01" });
    expect((await checkIssues(repo)).errors).toEqual([`${CSV_1_1_0}:1:0 5 line(s) end with a Windows line ending (CR LF), first on line 1; expected LF line endings only (re-save with "LF"/Unix line endings)`]);
  });

  test("a patch version that adds rows", async () => {
    const repo = makeRepo();
    newVersion(repo, FY2021 + ROWS_1_0_0, "patch");
    expect((await checkIssues(repo)).errors).toEqual([`${DESCRIPTOR}:40:7 release 1.0.1 is a patch (corrections only) but adds 1 row(s) to "removals"; rows added need a minor version (1.1.0)`]);
  });

  test("a version number that skips", async () => {
    const repo = makeRepo();
    newVersion(repo, FY2021 + ROWS_1_0_0);
    replaceOnce(repo, DESCRIPTOR, `"version": "1.1.0"`, `"version": "1.2.0"`);
    renameSync(join(repo, "data/ice-removals/1.1.0"), join(repo, "data/ice-removals/1.2.0"));
    expect((await checkIssues(repo)).errors).toEqual([`${DESCRIPTOR}:40:7 release 1.2.0 follows 1.0.0; expected 1.0.1 (patch: corrections), 1.1.0 (minor: rows added) or 2.0.0 (major: columns or meaning changed)`]);
  });

  test("a status label with a capital letter", async () => {
    const repo = makeRepo();
    newVersion(repo, "2021,59011,Official,ice-ar-fy2023,p. 12,\n");
    expect((await checkIssues(repo)).errors).toEqual([
      `${CSV_1_1_0}:2:12 column "status": found "Official"; expected one of "official", "claim", "estimate", "missing"`,
      `${CSV_1_1_0}:2:12 column "status": found "Official"; expected official, claim, estimate or missing`,
    ]);
  });

  test("a missing figure with no note saying why", async () => {
    const repo = makeRepo();
    newVersion(repo, "2021,,missing,,,\n");
    expect((await checkIssues(repo)).errors).toEqual([`${CSV_1_1_0}:2:7 row is marked missing; expected a "note" saying why no figure is published`]);
  });

  test("the same year and source twice", async () => {
    const repo = makeRepo();
    newVersion(repo, FY2021 + "2021,59012,official,ice-ar-fy2023,p. 13,\n");
    expect((await checkIssues(repo)).errors).toEqual([`${CSV_1_1_0}:3:1 duplicate primary key (fiscal_year=2021, source_id=ice-ar-fy2023); first used on line 2. Each row must be unique on fiscal_year + source_id`]);
  });

  test("a source that is an AI summary site", async () => {
    const repo = makeRepo();
    const row = "ice-claim-2025,Factually,ICE removals claim,https://factually.co/ice-removals,2025-10-01,2026-11-27,reporting,,\n";
    write(repo, "data/sources/enforcement.csv", read(repo, "data/sources/enforcement.csv") + row);
    expect((await checkIssues(repo)).errors).toEqual([
      `data/sources/enforcement.csv:4:45 column "url": "https://factually.co/ice-removals" is an unacceptable source (factually.co: AI summary, mirror, widget or aggregator); cite the original publisher`,
    ]);
  });

  test("a figure typed into an article instead of <Value>", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "## Removals by year\n", "## Removals by year\n\nThat is up from 142,580 a year earlier.\n");
    expect((await checkIssues(repo)).errors).toEqual([
      `${ARTICLE}:18:17 number "142,580" is typed into the text; every figure comes from data: use <Value dataset="…" where={{ … }} column="…" /> (CONTRIBUTING.md, "The writing rules")`,
    ]);
  });

  test("a component left unclosed", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, `column="removals" />`, `column="removals" >`);
    expect((await checkIssues(repo)).errors).toEqual([
      `${ARTICLE}:14:14 MDX syntax error: Expected a closing tag for \`<Value>\` before the end of \`paragraph\`; components end with "/>", e.g. <Value … />`,
    ]);
  });

  test("a <Value> whose where matches no row", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "fiscal_year: 2024", "fiscal_year: 2019");
    expect((await checkIssues(repo)).errors).toEqual([
      `${ARTICLE}:14:14 <Value>: <Value dataset="ice-removals"> where {"fiscal_year":2019,"source_id":"ice-ar-fy2024"} matches no row`,
    ]);
  });

  test("a takeaway that reads a misspelt column", async () => {
    const repo = makeRepo();
    replaceOnce(repo, CHART, "${rows[0].removals}", "${rows[0].removal}");
    expect((await checkIssues(repo)).errors).toEqual([
      `${CHART}:1:1 chart "ice-removals-by-fiscal-year": the takeaway reads column(s) "removal", which no plotted row has; columns: fiscal_year, removals, status, source_id, source_locator, note`,
    ]);
  });

  test("a dataset used in the text but not listed in the front matter", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, `datasets: ["ice-removals"]`, "datasets: []");
    expect((await checkIssues(repo)).errors).toEqual([
      `${ARTICLE}:14:14 <Value> uses dataset "ice-removals", but front matter "datasets" does not list it; add "ice-removals" to datasets so readers find the data behind the page`,
    ]);
  });

  test("a level-1 heading in the text", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "## Removals by year", "# Removals by year");
    expect((await checkIssues(repo)).errors).toEqual([`${ARTICLE}:16:1 a level-1 heading in the text; the title (front matter) is the page's only level-1 heading: start headings at ##`]);
  });

  test("a citation of a source that is not in the registry", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, `<Note source="ice-ar-fy2024" />`, `<Note source="ice-annual-report-2024" />`);
    expect((await checkIssues(repo)).errors).toEqual([`${ARTICLE}:14:152 <Note source="ice-annual-report-2024" />: not in the sources registry (data/sources/*.csv)`]);
  });

  test("a misspelt front-matter field", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "authors:", "author:");
    expect((await checkIssues(repo)).errors).toEqual([
      `${ARTICLE}:2:1 field "authors": Invalid input: expected array, received undefined`,
      `${ARTICLE}:2:1 field "(front matter)": unknown field(s) "author"; check the spelling against src/lib/content/front-matter.ts`,
    ]);
  });

  test("an internal link to a page that does not exist", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "(/notebooks/removals-explained-notebook/)", "(/notebook/removals-explained/)");
    expect((await checkIssues(repo)).errors).toEqual([
      `${ARTICLE}:20:34 internal link "/notebook/removals-explained/" does not match any page; expected one of the site's routes (e.g. /articles/<slug>/, /data/<dataset>/)`,
    ]);
  });

  test("a notebook that names another article", async () => {
    const repo = makeRepo();
    write(repo, "content/articles/other.mdx", read(repo, ARTICLE).replace(`notebook: "removals-explained-notebook"\n`, ""));
    replaceOnce(repo, "content/notebooks/removals-explained-notebook.mdx", `article: "removals-explained"`, `article: "other"`);
    expect(await checkIssues(repo)).toEqual({
      errors: [`content/notebooks/removals-explained-notebook.mdx:1:1 front matter "article" is "other", but content/articles/removals-explained.mdx names this notebook; expected article: "removals-explained"`],
      warnings: [`content/notebooks/removals-explained-notebook.mdx:1:1 content/articles/other.mdx links to no notebook, so its readers will not find this notebook; if this is the article's notebook, set notebook: "removals-explained-notebook" there`],
    });
  });

  test("an article published with the scaffold's placeholders still in it", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "## Removals by year\n", "## Removals by year\n\nTODO: explain the drop.\n");
    expect((await checkIssues(repo)).errors).toEqual([`${ARTICLE}:18:1 placeholder text left by the scaffold ("TODO: …"); replace it: this page is not a draft`]);
  });

  test("a column added to a table that has released versions", async () => {
    const repo = makeRepo();
    replaceOnce(repo, DESCRIPTOR, `          { "name": "note", "type": "string", "description": "Caveats for this row." }`, `          { "name": "note", "type": "string", "description": "Caveats for this row." },\n          { "name": "qualifier", "type": "string", "description": "How the source states the figure." }`);
    const { errors } = await checkIssues(repo);
    expect(errors).toEqual([
      `${CSV_1_0_0}:1:1 missing column "qualifier" in header; expected columns: fiscal_year,removals,status,source_id,source_locator,note,qualifier`,
      `${DESCRIPTOR}:20:9 resource "removals": columns changed since main (added qualifier), but versions 1.0.0 were released with the old columns. Changing columns changes the dataset's meaning (a major version) and needs a maintainer: undo the column change and see CONTRIBUTING.md, "Changing columns"`,
    ]);
  });

  test("a heading that skips a level", async () => {
    const repo = makeRepo();
    replaceOnce(repo, ARTICLE, "## Removals by year", "#### Removals by year");
    expect((await checkIssues(repo)).errors).toEqual([`${ARTICLE}:16:1 heading jumps from level 1 to level 4; use ## (headings must not skip levels)`]);
  });

  test("a table saved with a byte-order mark", async () => {
    const repo = makeRepo();
    createVersion(repo, { dataset: "ice-removals", bump: "minor", changes: "Added the FY2021 figure.", date: "2026-12-01" });
    write(repo, CSV_1_1_0, `\uFEFF${HEADER}${FY2021}${ROWS_1_0_0}`);
    recordRelease(repo, { dataset: "ice-removals", date: "2026-12-01" });
    expect((await checkIssues(repo)).errors).toEqual([`${CSV_1_1_0}:1:1 file starts with a byte-order mark (BOM); save it as UTF-8 without BOM ("CSV UTF-8" in some spreadsheets adds one)`]);
  });

  test("figures typed into a notebook are one warning, not an error", async () => {
    const repo = makeRepo();
    replaceOnce(repo, "content/notebooks/removals-explained-notebook.mdx", "## Checks\n", "## Checks\n\nThe FY2023 report gives 142,580 and the FY2024 report 271,484.\n");
    expect(await checkIssues(repo)).toEqual({
      errors: [],
      warnings: [`content/notebooks/removals-explained-notebook.mdx:16:25 2 figure(s) typed into the text: "142,580" (line 16), "271,484" (line 16). Use <Value> for every figure that is in the data; typed figures are acceptable only for figures documented as left out`],
    });
  });

  test("inside GitHub Actions each problem is also an annotation on the line", () => {
    const repo = makeRepo();
    newVersion(repo, `2021,"12,34",official,ice-ar-fy2023,p. 12,\n`);
    const run = runCheck(repo, { GITHUB_ACTIONS: "true" });
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")).toContain(`::error file=${CSV_1_1_0},line=2,col=6::column "removals": found "12,34"; expected a whole number with no separators, e.g. 271484`);
  });
});
