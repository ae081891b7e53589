// Consistency checks for the enforcement datasets (issue 6): ice-removals, dhs-removals-returns, ice-arrests,
// border-encounters, unauthorized-population. Each check states a property the data must keep in every release.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { loadCatalog, requireDataset, requireTable, type Catalog } from "../../src/lib/data/catalog.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DATASETS = ["ice-removals", "dhs-removals-returns", "ice-arrests", "border-encounters", "unauthorized-population"];
const catalog: Catalog = loadCatalog({ root: ROOT });

function rows(dataset: string, resource: string): Row[] {
  return requireTable(requireDataset(catalog, dataset), resource, "1.0.0").table.rows;
}
const num = (value: unknown): number => {
  if (typeof value !== "number") throw new Error(`expected a number, found ${String(value)}`);
  return value;
};
/** Last day of a federal fiscal year (FY2024 -> 2024-09-30). */
const fyEnd = (fy: number) => `${fy}-09-30`;
/** First day of a federal fiscal year (FY2024 -> 2023-10-01). */
const fyStart = (fy: number) => `${fy - 1}-10-01`;

describe("enforcement datasets: validation and provenance", () => {
  it("load without any validation issue", () => {
    const mine = catalog.issues.filter((issue) => DATASETS.some((name) => issue.file.includes(`data/${name}/`)) || issue.file.endsWith("sources/enforcement.csv"));
    expect(mine).toEqual([]);
    for (const name of DATASETS) expect(catalog.datasets.has(name)).toBe(true);
  });

  it("every row with a value names a source that resolves in the registry", () => {
    for (const name of DATASETS) {
      const dataset = requireDataset(catalog, name);
      for (const resource of dataset.descriptor.resources) {
        for (const row of rows(name, resource.name)) {
          if (row.status !== "missing") expect(row.source_id, `${name}/${resource.name}`).toBeTruthy();
          if (row.source_id) expect(catalog.sources.has(String(row.source_id)), `${row.source_id}`).toBe(true);
        }
      }
    }
  });

  it("rows read from a file or a page say where (source_locator)", () => {
    for (const name of DATASETS) {
      for (const resource of requireDataset(catalog, name).descriptor.resources) {
        for (const row of rows(name, resource.name)) if (row.status !== "missing") expect(row.source_locator, `${name}/${resource.name}`).toBeTruthy();
      }
    }
  });

  it("cites no aggregator, AI-summary site, share widget, mirror or republisher", () => {
    const banned = /factually\.co|particle\.news|oikosix|whatfinger|deepnewz|pulsewire|briefly\.co|newsbeep|zerohedge|netlify\.app|zoppoz|tumblr\.com\/widgets|pdfroom|scribd\.com|docslib\.org|documentcloud\.org|politicalemails\.org|fortworthreports\.org|multiculturalmeanderings/;
    const used = new Set<string>();
    for (const name of DATASETS) {
      for (const resource of requireDataset(catalog, name).descriptor.resources) {
        for (const row of rows(name, resource.name)) if (row.source_id) used.add(String(row.source_id));
      }
    }
    for (const id of used) expect(catalog.sources.get(id)?.url ?? "", id).not.toMatch(banned);
  });

  it("official figures rest on the agency's own document, a named analysis or a named outlet, never on a bare statement", () => {
    for (const name of DATASETS) {
      for (const resource of requireDataset(catalog, name).descriptor.resources) {
        for (const row of rows(name, resource.name).filter((candidate) => candidate.status === "official")) {
          expect(catalog.sources.get(String(row.source_id))?.tier, `${name}/${resource.name} ${row.source_id}`).not.toBe("statement");
        }
      }
    }
  });

  it("every dataset carries caveats", () => {
    for (const name of DATASETS) expect(requireDataset(catalog, name).descriptor.caveats?.length ?? 0).toBeGreaterThan(2);
  });
});

describe("ice-removals", () => {
  const removals = rows("ice-removals", "removals");

  it("has exactly one headline row for every fiscal year FY2005 to FY2026", () => {
    for (let fy = 2005; fy <= 2026; fy++) {
      const headline = removals.filter((row) => row.fiscal_year === fy && row.headline === true);
      expect(headline.length, `FY${fy}`).toBe(1);
    }
  });

  it("flags partial years in the data: fiscal-year-to-date rows end before the year does, full years end on Sept. 30", () => {
    for (const row of removals.filter((candidate) => candidate.status !== "missing")) {
      const fy = num(row.fiscal_year);
      expect(row.as_of, `FY${fy} ${row.source_id}`).toBeTruthy();
      const asOf = String(row.as_of);
      expect(asOf >= fyStart(fy) && asOf <= fyEnd(fy), `FY${fy} as_of ${asOf}`).toBe(true);
      if (row.period === "full_year") expect(asOf).toBe(fyEnd(fy));
      else expect(asOf < fyEnd(fy)).toBe(true);
    }
  });

  it("every FY2026 row is a fiscal-year-to-date figure, and the cumulative ICE figure grows with its as-of date", () => {
    const fy2026 = removals.filter((row) => row.fiscal_year === 2026).sort((a, b) => String(a.as_of).localeCompare(String(b.as_of)));
    expect(fy2026.length).toBeGreaterThanOrEqual(3);
    for (const row of fy2026) expect(row.period).toBe("fiscal_year_to_date");
    for (let i = 1; i < fy2026.length; i++) expect(num(fy2026[i].removals)).toBeGreaterThan(num(fy2026[i - 1].removals));
  });

  it("keeps disagreeing documents as separate rows, and year-to-date workbooks never exceed the locked annual figure", () => {
    for (const fy of [2021, 2022]) {
      const annual = removals.find((row) => row.fiscal_year === fy && row.headline === true);
      const workbook = removals.find((row) => row.fiscal_year === fy && row.document === "workbook");
      expect(annual && workbook, `FY${fy}`).toBeTruthy();
      expect(num(workbook!.removals)).toBeLessThan(num(annual!.removals));
      expect(workbook!.period).toBe("fiscal_year_to_date");
    }
    const fy2024 = removals.filter((row) => row.fiscal_year === 2024).map((row) => row.removals);
    expect(fy2024).toContain(271484);
    expect(fy2024).toContain(282214);
  });

  it("the FY2012 record (409,849) is the highest full-year ICE figure in the series", () => {
    const full = removals.filter((row) => row.period === "full_year" && row.status === "official").map((row) => num(row.removals));
    expect(Math.max(...full)).toBe(409849);
  });

  it("figures for other periods are independent counts with a period, kept out of the fiscal-year table", () => {
    for (const row of rows("ice-removals", "removals-other-periods")) {
      expect(row.status).toBe("estimate");
      expect(String(row.period_end) > String(row.period_start)).toBe(true);
    }
  });

  it("missing years stay empty, never zero", () => {
    for (const row of removals.filter((candidate) => candidate.status === "missing")) {
      expect(row.removals).toBeNull();
      expect(row.note).toBeTruthy();
    }
  });
});

describe("dhs-removals-returns", () => {
  const table = rows("dhs-removals-returns", "removals-and-returns");
  const t39 = table.filter((row) => row.source_id === "dhs-yearbook-2019-table39");

  it("has one transcribed Table 39 row for every fiscal year 1892 to 2019", () => {
    expect(t39.length).toBe(2019 - 1892 + 1);
    expect(new Set(t39.map((row) => row.fiscal_year)).size).toBe(t39.length);
  });

  it("has no returns before FY1927 and returns in every year from FY1927", () => {
    for (const row of t39) {
      if (num(row.fiscal_year) < 1927) expect(row.returns).toBeNull();
      else expect(typeof row.returns).toBe("number");
    }
  });

  it("says 'transcribed' on every Table 39 row", () => {
    for (const row of t39) expect(String(row.note)).toMatch(/[Tt]ranscribed/);
  });

  // Spot-check against an independent transcription of the 2013 Yearbook Table 39
  // (GitHub flymperopoulos/US-Immigration, Data/removed.csv): identical up to FY2008, revised after.
  const edition2013: Record<number, [number, number | null]> = {
    1892: [2801, null], 1910: [26965, null], 1927: [31417, 15012], 1954: [30264, 1074277], 1970: [17469, 303348],
    1986: [24592, 1586320], 1996: [69680, 1573428], 2000: [188467, 1675876], 2005: [246431, 1096920], 2008: [359795, 811263],
  };
  it("agrees with the independent 2013-edition transcription for spot-checked years up to FY2008", () => {
    for (const [year, [removals, returns]] of Object.entries(edition2013)) {
      const row = t39.find((candidate) => candidate.fiscal_year === Number(year));
      expect(row?.removals, year).toBe(removals);
      expect(row?.returns, year).toBe(returns);
    }
  });

  it("keeps DHS's initial FY2014 and FY2015 release figures beside the later Yearbook values", () => {
    const fy2014 = table.filter((row) => row.fiscal_year === 2014);
    expect(fy2014.length).toBe(2);
    const release = fy2014.find((row) => row.source_id === "dhs-release-fy2014-statistics")!;
    expect(num(release.removals) + num(release.returns)).toBe(num(release.removals_and_returns));
  });

  it("claims are labelled as claims, dated, and cover a period starting on 2025-01-20", () => {
    for (const row of rows("dhs-removals-returns", "claims-2025-26")) {
      expect(row.status).toBe("claim");
      expect(row.period_start).toBe("2025-01-20");
      expect(String(row.period_end) >= String(row.period_start)).toBe(true);
    }
  });
});

describe("ice-arrests", () => {
  const byYear = rows("ice-arrests", "arrests-by-fiscal-year");

  it("at-large arrests are a subset of administrative arrests", () => {
    for (const row of byYear.filter((candidate) => candidate.at_large_arrests !== null)) {
      expect(num(row.at_large_arrests)).toBeLessThan(num(row.administrative_arrests));
    }
  });

  it("FY2025 is recorded as missing, with empty values", () => {
    const fy2025 = byYear.filter((row) => row.fiscal_year === 2025);
    expect(fy2025.map((row) => row.status)).toEqual(["missing"]);
    expect(fy2025[0].administrative_arrests).toBeNull();
  });

  it("2025 figures carry their period and are claims or estimates, never official", () => {
    for (const row of rows("ice-arrests", "arrests-2025-26")) {
      expect(["claim", "estimate"]).toContain(row.status);
      expect(String(row.period_end) > String(row.period_start)).toBe(true);
    }
  });
});

describe("border-encounters", () => {
  const annual = rows("border-encounters", "usbp-southwest-by-fiscal-year");
  const monthly = rows("border-encounters", "cbp-southwest-by-month");
  const khsm = annual.filter((row) => row.source_id === "ohss-khsm-usbp-encounters-fy25m11");
  const cbp = annual.filter((row) => row.source_id === "cbp-sw-land-border-encounters-fy22-fy25aug");

  it("has a KHSM row for every fiscal year since FY2000, every value rounded to the nearest 10", () => {
    expect(khsm.map((row) => row.fiscal_year)).toEqual(Array.from({ length: 26 }, (_, i) => 2000 + i));
    for (const row of khsm) {
      expect(num(row.encounters) % 10).toBe(0);
      expect(row.rounding).toBe("nearest_10");
    }
  });

  it("flags FY2025 as partial in both sources", () => {
    for (const row of annual.filter((candidate) => candidate.fiscal_year === 2025)) expect(row.period).toBe("fiscal_year_to_date");
  });

  it("rounded KHSM and exact CBP values for the same full year differ by at most 5", () => {
    for (const row of cbp.filter((candidate) => candidate.period === "full_year")) {
      const rounded = khsm.find((candidate) => candidate.fiscal_year === row.fiscal_year)!;
      expect(Math.abs(num(rounded.encounters) - num(row.encounters)), `FY${row.fiscal_year}`).toBeLessThanOrEqual(5);
    }
  });

  it("monthly components add up: title 8 + title 42 = component total; Border Patrol + OFO = total", () => {
    for (const row of monthly) {
      expect(num(row.usbp_total)).toBe(num(row.usbp_title8) + ((row.usbp_title42 as number | null) ?? 0));
      expect(num(row.ofo_total)).toBe(num(row.ofo_title8) + ((row.ofo_title42 as number | null) ?? 0));
      expect(num(row.total)).toBe(num(row.usbp_total) + num(row.ofo_total));
      if (String(row.month) >= "2023-06") expect(row.usbp_title42).toBeNull();
    }
  });

  it("has 12 months for FY2022 to FY2024 and 11 for FY2025, and the months sum to the fiscal-year rows", () => {
    for (const fy of [2022, 2023, 2024, 2025]) {
      const months = monthly.filter((row) => row.fiscal_year === fy);
      expect(months.length, `FY${fy}`).toBe(fy === 2025 ? 11 : 12);
      const sum = months.reduce((total, row) => total + num(row.usbp_total), 0);
      expect(sum).toBe(num(cbp.find((row) => row.fiscal_year === fy)!.encounters));
    }
  });

  // The official file is not committed (it is CBP's); CI and developers have the shared copy beside the checkout.
  const raw = [resolve(ROOT, "../shared"), "/work/shared"].map((dir) => `${dir}/sources/cbp-ohss-encounters/sbo-encounters-fy22-fy25-aug.csv`).find((path) => existsSync(path)) ?? "";
  it.runIf(existsSync(raw))("reproduces every monthly total from CBP's original file", () => {
    const records = csvParse(readFileSync(raw, "utf8").replace(/^\uFEFF/, ""));
    const months: Record<string, string> = { OCT: "10", NOV: "11", DEC: "12", JAN: "01", FEB: "02", MAR: "03", APR: "04", MAY: "05", JUN: "06", JUL: "07", AUG: "08", SEP: "09" };
    const totals = new Map<string, number>();
    for (const record of records) {
      const fy = Number(String(record["Fiscal Year"]).slice(0, 4));
      const abbr = String(record["Month (abbv)"]);
      const calendarYear = ["OCT", "NOV", "DEC"].includes(abbr) ? fy - 1 : fy;
      const key = `${calendarYear}-${months[abbr]}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(record["Encounter Count"]));
    }
    expect(totals.size).toBe(monthly.length);
    for (const row of monthly) expect(num(row.total), String(row.month)).toBe(totals.get(String(row.month)));
  });
});

describe("unauthorized-population", () => {
  const estimates = rows("unauthorized-population", "estimates");

  it("labels every official or candidate statement as a claim", () => {
    for (const row of estimates) expect(row.estimator_type === "official_claim").toBe(row.status === "claim");
  });

  it("ranges are ordered and each row has a point value or a range", () => {
    for (const row of estimates) {
      if (row.low !== null || row.high !== null) expect(num(row.low)).toBeLessThan(num(row.high));
      expect(row.estimate !== null || (row.low !== null && row.high !== null), String(row.row_id)).toBe(true);
    }
  });
});
