import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { loadCatalog } from "../../src/lib/data/catalog.ts";
import { publishedFiles } from "../../src/lib/data/publish.ts";
import { sha256 } from "../../src/lib/data/checksum.ts";
import { diffTables } from "../../src/lib/data/diff.ts";
import { resolveValue } from "../../src/lib/data/value.ts";
import { buildCitation } from "../../src/lib/cite/citation.ts";
import { lightTheme } from "../../src/lib/charts/house.ts";

const root = join(import.meta.dirname, "../fixtures/catalog");
const catalog = loadCatalog({ root });
const dataset = catalog.datasets.get("sample-removals")!;

describe("published files", () => {
  const files = publishedFiles(catalog, dataset, dataset.versions[0], "https://example.org/", "CITATION");
  test("the CSV download is byte-identical to the released file and matches its recorded sha256", () => {
    const csv = files.find((file) => file.name === "removals.csv")!;
    expect(Buffer.from(csv.bytes).equals(readFileSync(join(root, "data/sample-removals/1.0.0/removals.csv")))).toBe(true);
    expect(sha256(csv.bytes)).toBe(dataset.descriptor.releases[0].files.removals.sha256);
  });
  test("JSON keeps years as numbers and missing values as null", () => {
    const json = JSON.parse(strFromU8(files.find((file) => file.name === "removals.json")!.bytes));
    expect(json.rows[0].fiscal_year).toBe(2023);
    expect(json.rows[2].removals).toBeNull();
  });
  test("the descriptor records version, hashes and expanded sources", () => {
    const descriptor = JSON.parse(strFromU8(files.find((file) => file.name === "datapackage.json")!.bytes));
    expect(descriptor.version).toBe("1.0.0");
    expect(descriptor.resources[0].hash).toBe(`sha256:${dataset.descriptor.releases[0].files.removals.sha256}`);
    expect(descriptor.sources.map((source: { id: string }) => source.id)).toEqual(["agency-report"]);
    expect(descriptor.releases).toHaveLength(1);
  });
  test("the zip holds the CSV, descriptor and a README crediting the agency first; it is deterministic", () => {
    const zip = files.find((file) => file.kind === "zip")!;
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual(["sample-removals-1.0.0/README.md", "sample-removals-1.0.0/datapackage.json", "sample-removals-1.0.0/removals.csv"]);
    const readme = strFromU8(entries["sample-removals-1.0.0/README.md"]);
    expect(readme).toContain("produced by Test Agency");
    expect(readme).toContain("CITATION");
    const again = publishedFiles(catalog, dataset, dataset.versions[0], "https://example.org/", "CITATION").find((file) => file.kind === "zip")!;
    expect(sha256(again.bytes)).toBe(sha256(zip.bytes));
  });
});

describe("diffTables", () => {
  test("reports rows added and values changed between versions", () => {
    const resource = dataset.descriptor.resources[0];
    const diff = diffTables(resource, dataset.versions[0].tables.get("removals"), dataset.versions[1].tables.get("removals"));
    expect(diff.added.map((row) => row.fiscal_year)).toEqual([2026]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      { key: { fiscal_year: 2024, status: "official" }, changes: [{ column: "removals", before: 271484, after: 271485 }, { column: "note", before: null, after: "corrected" }] },
    ]);
  });
});

describe("resolveValue", () => {
  test("returns one figure with its row's line", () => {
    const value = resolveValue(catalog, { dataset: "sample-removals", where: { fiscal_year: 2024 }, column: "removals", version: "1.0.0" }, "page /x/");
    expect(value).toMatchObject({ value: 271484, line: 3, version: "1.0.0", unit: "people", status: "official", sourceId: "agency-report" });
  });
  test("derives a percent change between two rows", () => {
    const value = resolveValue(catalog, { dataset: "sample-removals", where: { fiscal_year: 2024 }, column: "removals", version: "1.0.0", compare: { where: { fiscal_year: 2023 }, as: "percent-change" } }, "page /x/");
    expect(value.value).toBeCloseTo((271484 - 142580) / 142580, 10);
  });
  test("fails naming the page when no row or several rows match", () => {
    expect(() => resolveValue(catalog, { dataset: "sample-removals", where: { fiscal_year: 1999 }, column: "removals" }, "page /articles/x/")).toThrow('page /articles/x/: <Value dataset="sample-removals"> where {"fiscal_year":1999} matches no row');
    expect(() => resolveValue(catalog, { dataset: "sample-removals", where: { period: "full_year" }, column: "removals" }, "page /articles/x/")).toThrow(/matches 3 rows; add columns/);
  });
  test("refuses to print a missing value", () => {
    expect(() => resolveValue(catalog, { dataset: "sample-removals", where: { fiscal_year: 2025 }, column: "removals" }, "page /x/")).toThrow(/is a missing value/);
  });
});

describe("citations", () => {
  test("plain text, BibTeX and CSL-JSON carry the URL, title and version", () => {
    const citation = buildCitation({ kind: "dataset", id: "sample-removals", title: "Sample removals", authors: ["Enforcement Ledger"], issued: "2026-11-01", version: "1.0.0", url: "https://example.org/data/sample-removals/1.0.0/", accessed: "2026-11-27", producers: ["Test Agency"] });
    expect(citation.text).toBe("Enforcement Ledger. (2026). Sample removals (Version 1.0.0) [Data set]. Enforcement Ledger. https://example.org/data/sample-removals/1.0.0/ Original data: Test Agency. Accessed 2026-11-27.");
    expect(citation.bibtex).toContain("@misc{enforcementledger_sample_removals_v1_0_0,");
    expect(citation.bibtex).toContain("version = {1.0.0}");
    expect(citation.csl).toMatchObject({ type: "dataset", URL: "https://example.org/data/sample-removals/1.0.0/", version: "1.0.0", issued: { "date-parts": [[2026, 11, 1]] } });
  });
});

describe("theme colours", () => {
  test("the light theme used for downloadable images matches the site stylesheet", () => {
    const css = readFileSync(join(import.meta.dirname, "../../src/styles/site.css"), "utf8");
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    for (const [name, value] of Object.entries(lightTheme)) expect(root).toContain(`${name}: ${value};`);
  });
});
