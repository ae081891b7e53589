// The data diff for reviewers: between the fixture as published on `main` (ice-removals 1.0.0) and a working
// tree with version 1.1.0 (tests/fixtures/contributing/versions/1.1.0: one row added, one removed, one corrected),
// a new dataset and a new source, it reports exactly those changes, as structured data, text and Markdown.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { diffCounts, diffSnapshots, type DataDiff } from "../../src/lib/data-diff/compute.ts";
import { formatMarkdown, formatText } from "../../src/lib/data-diff/format.ts";
import { loadSnapshot, refFiles, workingFiles } from "../../src/lib/data-diff/snapshot.ts";
import { createDataset } from "../../src/lib/scaffold/dataset.ts";
import { recordRelease } from "../../src/lib/scaffold/release.ts";
import { createVersion } from "../../src/lib/scaffold/version.ts";
import { ROOT, makeRepo, read, removeRepos, runTool, write } from "./helpers.ts";

const SOURCE = "ice-ar-fy2021,U.S. Immigration and Customs Enforcement,ICE Annual Report Fiscal Year 2021,https://www.ice.gov/doclib/eoy/iceAnnualReportFY2021.pdf,2022-03-11,2026-12-01,agency,,Test fixture.\n";

let repo: string;
let diff: DataDiff;

beforeAll(() => {
  repo = makeRepo();
  createVersion(repo, { dataset: "ice-removals", bump: "minor", changes: "Added FY2021; corrected FY2022; dropped the FY2025 gap row.", date: "2026-12-01" });
  write(repo, "data/ice-removals/1.1.0/removals.csv", readFileSync(join(ROOT, "tests/fixtures/contributing/versions/1.1.0/removals.csv")));
  recordRelease(repo, { dataset: "ice-removals", date: "2026-12-01" });
  write(repo, "data/sources/enforcement.csv", read(repo, "data/sources/enforcement.csv") + SOURCE);
  createDataset(repo, { name: "ice-arrests", title: "ICE arrests by fiscal year", topic: "enforcement", resource: "arrests", fields: "fiscal_year:year,arrests:integer:people", date: "2026-12-01" });
  write(repo, "data/ice-arrests/1.0.0/arrests.csv", `${read(repo, "data/ice-arrests/1.0.0/arrests.csv")}2021,74082,official,ice-ar-fy2021,p. 9,\n`);
  recordRelease(repo, { dataset: "ice-arrests", date: "2026-12-01" });
  diff = diffSnapshots(loadSnapshot(refFiles(repo, "main"), "main"), loadSnapshot(workingFiles(repo), "the working tree"));
});

afterAll(removeRepos);

describe("data diff between two fixture versions", () => {
  test("reports the rows added, removed and changed in the new version, with old and new values", () => {
    const removals = diff.datasets.find((dataset) => dataset.name === "ice-removals")!;
    expect(removals.status).toBe("changed");
    expect(removals.versionsEdited).toEqual([]);
    expect(removals.versionsRemoved).toEqual([]);
    expect(removals.metadataChanged).toEqual([]);
    expect(removals.versionsAdded).toHaveLength(1);
    const [version] = removals.versionsAdded;
    expect({ ...version, tables: undefined }).toEqual({ version: "1.1.0", date: "2026-12-01", changes: "Added FY2021; corrected FY2022; dropped the FY2025 gap row.", bump: "minor", previous: "1.0.0", tables: undefined });
    const [table] = version.tables;
    expect(table.resource).toBe("removals");
    expect(table.rows).toBe(4);
    expect(table.added).toEqual([{ fiscal_year: 2021, removals: 59011, status: "official", source_id: "ice-ar-fy2023", source_locator: "p. 12", note: null }]);
    expect(table.removed).toEqual([{ fiscal_year: 2025, removals: null, status: "missing", source_id: null, source_locator: null, note: "ICE had published no annual report for FY2025 when this fixture was written." }]);
    expect(table.changed).toEqual([
      {
        key: { fiscal_year: 2022, source_id: "ice-ar-fy2023" },
        changes: [
          { column: "removals", before: 72177, after: 72178 },
          { column: "note", before: null, after: "Corrected." },
        ],
      },
    ]);
    expect(table.columnsAdded).toEqual([]);
    expect(table.columnsRemoved).toEqual([]);
  });

  test("reports the dataset added and the source added", () => {
    const arrests = diff.datasets.find((dataset) => dataset.name === "ice-arrests")!;
    expect(arrests.status).toBe("added");
    expect(arrests.versionsAdded.map((version) => [version.version, version.bump, version.previous, version.tables[0].added.length])).toEqual([["1.0.0", "first", null, 1]]);
    expect(diff.sources.map((source) => [source.status, source.id])).toEqual([["added", "ice-ar-fy2021"]]);
    expect(diffCounts(diff)).toEqual({ datasetsAdded: 1, datasetsRemoved: 0, versionsReleased: 2, rowsAdded: 2, rowsRemoved: 1, rowsChanged: 1, sourcesAdded: 1, sourcesChanged: 0, sourcesRemoved: 0, releasedEdited: 0 });
  });

  test("prints plain text a reviewer can read line by line", () => {
    expect(formatText(diff)).toBe(
      [
        "Data changes in the working tree compared with main: 1 dataset added; 2 versions released; 2 rows added, 1 removed, 1 changed; 1 source added.",
        "",
        "new dataset ice-arrests: ICE arrests by fiscal year",
        "  version 1.0.0 (first version, 2026-12-01)",
        "    changelog: First release.",
        "    arrests: 1 rows: 1 added, 0 removed, 0 changed",
        "      + fiscal_year=2021, arrests=74082, status=official, source_id=ice-ar-fy2021, source_locator=p. 9, note=(empty)",
        "",
        "dataset ice-removals: ICE removals by fiscal year (test fixture)",
        "  version 1.1.0 (minor, 2026-12-01) compared with 1.0.0",
        "    changelog: Added FY2021; corrected FY2022; dropped the FY2025 gap row.",
        "    removals: 4 rows: 1 added, 1 removed, 1 changed",
        "      ~ fiscal_year=2022, source_id=ice-ar-fy2023: removals 72177 → 72178; note (empty) → Corrected.",
        "      + fiscal_year=2021, removals=59011, status=official, source_id=ice-ar-fy2023, source_locator=p. 12, note=(empty)",
        "      - fiscal_year=2025, removals=(empty), status=missing, source_id=(empty), source_locator=(empty), note=ICE had published no annual report for FY2025 when this fixture was written.",
        "",
        "sources registry:",
        `  + ice-ar-fy2021: U.S. Immigration and Customs Enforcement, "ICE Annual Report Fiscal Year 2021", https://www.ice.gov/doclib/eoy/iceAnnualReportFY2021.pdf`,
      ].join("\n"),
    );
  });

  test("writes Markdown with a table of old and new values", () => {
    const markdown = formatMarkdown(diff);
    expect(markdown.startsWith("## Data changes\n\nCompared with `main`: **1 dataset added; 2 versions released; 2 rows added, 1 removed, 1 changed; 1 source added**.\n")).toBe(true);
    expect(markdown).toContain("#### Version 1.1.0 (minor, 2026-12-01) compared with 1.0.0\n\n> Added FY2021; corrected FY2022; dropped the FY2025 gap row.\n");
    expect(markdown).toContain(
      ["  | row | column | old value | new value |", "  |---|---|---|---|", "  | fiscal_year=2022, source_id=ice-ar-fy2023 | removals | 72177 | 72178 |", "  | fiscal_year=2022, source_id=ice-ar-fy2023 | note | (empty) | Corrected. |"].join("\n"),
    );
    expect(markdown).toContain("<details><summary>Rows removed from <code>removals</code> (1)</summary>\n\n| fiscal_year | removals | status | source_id | source_locator | note |\n|---|---|---|---|---|---|\n| 2025 | (empty) | missing | (empty) | (empty) | ICE had published no annual report for FY2025 when this fixture was written. |\n");
    expect(markdown).toContain("| added | `ice-ar-fy2021` | U.S. Immigration and Customs Enforcement | ICE Annual Report Fiscal Year 2021 | https://www.ice.gov/doclib/eoy/iceAnnualReportFY2021.pdf |");
  });

  test("the command prints the text and appends the Markdown to the GitHub job summary", () => {
    const summary = join(mkdtempSync(join(tmpdir(), "el-summary-")), "summary.md");
    const run = runTool(repo, "data-diff", ["--base", "main"], { GITHUB_STEP_SUMMARY: summary });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${formatText(diff)}\n`);
    expect(readFileSync(summary, "utf8")).toBe(formatMarkdown(diff));
  });

  test("reports a released version edited in place", () => {
    const edited = makeRepo();
    write(edited, "data/ice-removals/1.0.0/removals.csv", read(edited, "data/ice-removals/1.0.0/removals.csv").replace("271484", "271485"));
    const result = diffSnapshots(loadSnapshot(refFiles(edited, "main"), "main"), loadSnapshot(workingFiles(edited), "the working tree"));
    expect(result.datasets[0].versionsEdited).toEqual([
      expect.objectContaining({ version: "1.0.0", tables: [expect.objectContaining({ changed: [{ key: { fiscal_year: 2024, source_id: "ice-ar-fy2024" }, changes: [{ column: "removals", before: 271484, after: 271485 }] }] })] }),
    ]);
    expect(formatText(result)).toContain("  RELEASED version 1.0.0 was edited in place (released files never change; publish a new version):");
  });
});
