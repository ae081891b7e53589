import { describe, expect, test } from "vitest";
import type { Resource } from "../../src/lib/data/descriptor.ts";
import { readTable } from "../../src/lib/data/catalog.ts";
import { formatIssue, type Issue } from "../../src/lib/data/issues.ts";

const resource: Resource = {
  name: "removals",
  path: "removals.csv",
  title: "Removals",
  description: "Removals by fiscal year.",
  schema: {
    fields: [
      { name: "fiscal_year", type: "year", description: "Fiscal year, named for the year it ends in.", constraints: { required: true } },
      { name: "removals", type: "integer", unit: "people", description: "People removed.", constraints: { minimum: 0 } },
      { name: "as_of", type: "date", description: "Date the figure runs to." },
      { name: "status", type: "string", description: "Status of the row.", constraints: { required: true, enum: ["official", "claim", "estimate", "missing"] } },
      { name: "source_id", type: "string", description: "Key into the sources registry." },
      { name: "note", type: "string", description: "Caveats." },
    ],
    primaryKey: ["fiscal_year", "source_id"],
  },
};
const HEADER = "fiscal_year,removals,as_of,status,source_id,note\n";
const sources = new Set(["ice-ar-fy2024"]);

/** Validates CSV text and returns the formatted issues. */
function check(text: string | Uint8Array): string[] {
  const issues: Issue[] = [];
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  readTable(bytes, "data/x/1.0.0/removals.csv", resource, sources, issues);
  return issues.map(formatIssue);
}

describe("readTable: each kind of error names file, line and column with what was expected", () => {
  test("a valid table has no issues, with a BOM and CRLF line endings accepted", () => {
    expect(check(`\uFEFF${HEADER}2024,271484,,official,ice-ar-fy2024,\r\n2025,,,missing,,"not published"\r\n`.replace(/\n/g, "\r\n").replace(/\r\r/g, "\r"))).toEqual([]);
  });
  test("an unparseable number (thousands separator)", () => {
    expect(check(`${HEADER}2024,"271,484",,official,ice-ar-fy2024,\n`)).toEqual(['data/x/1.0.0/removals.csv:2:6 column "removals": found "271,484"; expected a whole number with no separators, e.g. 271484']);
  });
  test("an impossible date", () => {
    expect(check(`${HEADER}2024,1,2024-02-30,official,ice-ar-fy2024,\n`)).toEqual(['data/x/1.0.0/removals.csv:2:8 column "as_of": found "2024-02-30"; expected a calendar date YYYY-MM-DD']);
  });
  test("an empty required field", () => {
    expect(check(`${HEADER},1,,official,ice-ar-fy2024,\n`)).toEqual(['data/x/1.0.0/removals.csv:2:1 column "fiscal_year" is required; found an empty cell']);
  });
  test("a value outside its constraints and outside its enum", () => {
    expect(check(`${HEADER}2024,-5,,offical,ice-ar-fy2024,\n`)).toEqual([
      'data/x/1.0.0/removals.csv:2:6 column "removals": found "-5"; expected a value ≥ 0',
      'data/x/1.0.0/removals.csv:2:10 column "status": found "offical"; expected one of "official", "claim", "estimate", "missing"',
      'data/x/1.0.0/removals.csv:2:10 column "status": found "offical"; expected official, claim, estimate or missing',
    ]);
  });
  test("a renamed column in the header", () => {
    expect(check("fiscal_year,removed,as_of,status,source_id,note\n2024,1,,official,ice-ar-fy2024,\n")).toEqual([
      'data/x/1.0.0/removals.csv:1:13 unexpected column "removed" in header; was it renamed from "removals"? Expected columns: fiscal_year,removals,as_of,status,source_id,note',
    ]);
  });
  test("a missing and an extra column", () => {
    const messages = check("fiscal_year,removals,status,source_id,note,extra,more\n");
    expect(messages).toContain('data/x/1.0.0/removals.csv:1:1 missing column "as_of" in header; expected columns: fiscal_year,removals,as_of,status,source_id,note');
    expect(messages).toContain('data/x/1.0.0/removals.csv:1:44 unexpected column "extra" in header Expected columns: fiscal_year,removals,as_of,status,source_id,note');
  });
  test("a row with the wrong number of fields", () => {
    expect(check(`${HEADER}2024,271484,official,ice-ar-fy2024,\n`)).toEqual([
      "data/x/1.0.0/removals.csv:2:36 row has 5 fields; expected 6 (fiscal_year,removals,as_of,status,source_id,note). Check for an unquoted comma or a missing value",
    ]);
  });
  test("a duplicate primary key", () => {
    expect(check(`${HEADER}2024,1,,official,ice-ar-fy2024,\n2024,2,,official,ice-ar-fy2024,\n`)).toEqual([
      "data/x/1.0.0/removals.csv:3:1 duplicate primary key (fiscal_year=2024, source_id=ice-ar-fy2024); first used on line 2. Each row must be unique on fiscal_year + source_id",
    ]);
  });
  test("a dangling source id, and a figure with no source", () => {
    expect(check(`${HEADER}2024,1,,official,ice-typo,\n2023,1,,estimate,,\n`)).toEqual([
      'data/x/1.0.0/removals.csv:2:18 source_id "ice-typo" is not in the sources registry (data/sources/*.csv); add the source or fix the id',
      'data/x/1.0.0/removals.csv:3:18 column "source_id" is empty; every estimate figure needs a source from data/sources/',
    ]);
  });
  test("a missing row that carries a value, and one without a note", () => {
    expect(check(`${HEADER}2025,5,,missing,,why\n2026,,,missing,,\n`)).toEqual([
      'data/x/1.0.0/removals.csv:2:6 row is marked missing but column "removals" has a value (5); a missing row leaves its values empty',
      'data/x/1.0.0/removals.csv:3:8 row is marked missing; expected a "note" saying why no figure is published',
    ]);
  });
  test("a non-UTF-8 file", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}2024,1,,official,ice-ar-fy2024,caf`), 0xe9, 0x0a]);
    expect(check(bytes)).toEqual(["data/x/1.0.0/removals.csv:2:0 file is not valid UTF-8 (first bad byte at offset 83); expected UTF-8 text. Re-save the file as UTF-8."]);
  });
  test("positions stay right after a quoted field that spans lines", () => {
    expect(check(`${HEADER}2024,1,,official,ice-ar-fy2024,"two\nlines"\n2023,x,,official,ice-ar-fy2024,\n`)).toEqual(['data/x/1.0.0/removals.csv:4:6 column "removals": found "x"; expected a whole number with no separators, e.g. 271484']);
  });
  test("collects every error in one pass", () => {
    expect(check(`${HEADER}20x4,1,,official,ice-ar-fy2024,\n2023,1.5,,official,ice-ar-fy2024,\n2022,1,2022-13-01,official,ice-ar-fy2024,\n`)).toHaveLength(3);
  });
  test("a blank line in the middle is reported", () => {
    expect(check(`${HEADER}2024,1,,official,ice-ar-fy2024,\n\n2023,1,,official,ice-ar-fy2024,\n`)).toEqual(["data/x/1.0.0/removals.csv:3:1 blank line; expected a data row (remove the empty line)"]);
  });
});
