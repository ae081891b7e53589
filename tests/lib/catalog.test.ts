import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { getCatalog, loadCatalog, requireTable, resetCatalogCache } from "../../src/lib/data/catalog.ts";
import { formatIssue } from "../../src/lib/data/issues.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/catalog");

/** Copies the fixture catalog to a temporary folder so a test can break it. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "el-catalog-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe("loadCatalog", () => {
  test("loads every version of a valid dataset with typed values", () => {
    const catalog = loadCatalog({ root: FIXTURE });
    expect(catalog.issues).toEqual([]);
    const dataset = catalog.datasets.get("sample-removals")!;
    expect(dataset.versions.map((version) => version.version)).toEqual(["1.0.0", "1.1.0"]);
    const { table } = requireTable(dataset, "removals", "1.0.0");
    expect(table.rows[1]).toEqual({ fiscal_year: 2024, removals: 271484, period: "full_year", as_of: null, status: "official", source_id: "agency-report", note: null });
    expect(typeof table.rows[0].fiscal_year).toBe("number");
    expect(table.lines).toEqual([2, 3, 4]);
    expect(dataset.latest.version).toBe("1.1.0");
    expect(dataset.sourceIds).toEqual(["agency-report", "outlet-story"]);
  });

  test("reads a source with a quoted comma in its title", () => {
    const catalog = loadCatalog({ root: FIXTURE });
    expect(catalog.sources.get("outlet-story")?.title).toBe("A story, with a comma");
  });

  test("catches a released file whose bytes changed, naming the file and the release", () => {
    const dir = copyFixture();
    const file = join(dir, "data/sample-removals/1.0.0/removals.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("271484", "271485"));
    const catalog = loadCatalog({ root: dir });
    const messages = catalog.issues.map(formatIssue);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/sample-removals\/1\.0\.0\/removals\.csv:0:0 bytes differ from release 1\.0\.0: recorded sha256 236dd1b1c995… \(219 bytes\), found [0-9a-f]{12}… \(219 bytes\)\. Released files never change/);
  });

  test("reports a version folder that has no release entry", () => {
    const dir = copyFixture();
    cpSync(join(dir, "data/sample-removals/1.1.0"), join(dir, "data/sample-removals/1.2.0"), { recursive: true });
    const messages = loadCatalog({ root: dir }).issues.map(formatIssue);
    expect(messages).toEqual([expect.stringContaining("data/sample-removals/1.2.0:0:0 version folder 1.2.0 has no entry in datapackage.json \"releases\"")]);
  });

  test("reports a descriptor error at its line and column", () => {
    const dir = copyFixture();
    const file = join(dir, "data/sample-removals/datapackage.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"type": "integer"', '"type": "int"'));
    const messages = loadCatalog({ root: dir }).issues.map(formatIssue);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/sample-removals\/datapackage\.json:19:\d+ resources\.0\.schema\.fields\.1\.type: /);
  });

  test("an unknown source id fails with the row's place", () => {
    const dir = copyFixture();
    const sources = join(dir, "data/sources/test.csv");
    writeFileSync(sources, readFileSync(sources, "utf8").replace("outlet-story,", "outlet-story-renamed,"));
    const messages = loadCatalog({ root: dir }).issues.map(formatIssue);
    expect(messages).toContain('data/sample-removals/1.1.0/removals.csv:5:50 source_id "outlet-story" is not in the sources registry (data/sources/*.csv); add the source or fix the id');
  });

  test("getCatalog throws listing every error, and parses the catalog once per process", () => {
    resetCatalogCache();
    const first = getCatalog({ root: FIXTURE });
    expect(getCatalog({ root: FIXTURE })).toBe(first);
    const dir = copyFixture();
    writeFileSync(join(dir, "data/sample-removals/1.0.0/removals.csv"), "broken");
    resetCatalogCache();
    expect(() => getCatalog({ root: dir })).toThrow(/The data catalog is invalid: \d+ error\(s\)/);
    resetCatalogCache();
  });
});
