// Consistency checks for the detention datasets (issues 6, 7, 8): ice-detention, ice-detention-releases and
// detention-capacity. Each check states a property the data must keep in every release.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog, requireDataset, requireTable, type Catalog } from "../../src/lib/data/catalog.ts";
import { buildChart } from "../../src/lib/charts/build-chart.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DATASETS = ["ice-detention", "ice-detention-releases", "detention-capacity"];
const CHARTS = ["detained-population-by-date", "book-ins-by-arresting-agency-monthly", "adp-vs-funded-beds", "detention-release-gaps"];
const catalog: Catalog = loadCatalog({ root: ROOT });

function rows(dataset: string, resource: string): Row[] {
  return requireTable(requireDataset(catalog, dataset), resource, "1.0.0").table.rows;
}
const num = (value: unknown): number => {
  if (typeof value !== "number") throw new Error(`expected a number, found ${String(value)}`);
  return value;
};
const str = (value: unknown): string => String(value);
const fyEnd = (fy: number) => `${fy}-09-30`;
const fyStart = (fy: number) => `${fy - 1}-10-01`;
const daysInMonth = (ym: string) => new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).getUTCDate();
const DAY = 86_400_000;

/** The ICE workbooks registered as sources (one per file we read). */
const WORKBOOKS = [...catalog.sources.values()].filter((source) => source.id.startsWith("ice-detention-stats-"));

describe("detention datasets: validation and provenance", () => {
  it("load without any validation issue", () => {
    const mine = catalog.issues.filter((issue) => DATASETS.some((name) => issue.file.includes(`data/${name}/`)) || issue.file.endsWith("sources/detention.csv"));
    expect(mine).toEqual([]);
    for (const name of DATASETS) expect(catalog.datasets.has(name)).toBe(true);
  });

  it("every row with a value names a source that resolves, and says where in it the figure was read", () => {
    for (const name of DATASETS) {
      for (const resource of requireDataset(catalog, name).descriptor.resources) {
        for (const row of rows(name, resource.name)) {
          if (row.status === "missing") continue;
          expect(row.source_id, `${name}/${resource.name}`).toBeTruthy();
          expect(catalog.sources.has(str(row.source_id)), str(row.source_id)).toBe(true);
          expect(row.source_locator, `${name}/${resource.name}`).toBeTruthy();
        }
      }
    }
  });

  it("released files match the sizes and checksums recorded in datapackage.json", async () => {
    const { createHash } = await import("node:crypto");
    for (const name of DATASETS) {
      const descriptor = JSON.parse(readFileSync(resolve(ROOT, "data", name, "datapackage.json"), "utf8"));
      for (const resource of descriptor.resources) {
        const bytes = readFileSync(resolve(ROOT, "data", name, "1.0.0", resource.path));
        const recorded = descriptor.releases[0].files[resource.name];
        expect(bytes.length, `${name}/${resource.name}`).toBe(recorded.bytes);
        expect(createHash("sha256").update(bytes).digest("hex"), `${name}/${resource.name}`).toBe(recorded.sha256);
      }
    }
  });

  it("every ICE workbook source records its sha256 and an ice.gov address", () => {
    expect(WORKBOOKS.length).toBe(10);
    for (const source of WORKBOOKS) {
      expect(source.sha256, source.id).toMatch(/^[0-9a-f]{64}$/);
      expect(source.url, source.id).toMatch(/^https:\/\/www\.ice\.gov\/doclib\/detention\//);
    }
  });

  it("figures read from a workbook carry a file › sheet › cell locator naming that workbook", () => {
    for (const resource of ["book-ins-by-fiscal-year", "book-ins-by-month", "adp-by-fiscal-year", "adp-by-month", "detained-population"]) {
      for (const row of rows("ice-detention", resource)) {
        const source = catalog.sources.get(str(row.source_id))!;
        const file = source.url.split("/").pop()!;
        expect(str(row.source_locator).startsWith(`${file} › Detention`), `${resource}: ${row.source_locator}`).toBe(true);
        expect(str(row.source_locator), resource).toMatch(/ › [A-Z]{1,2}\d+/);
      }
    }
  });
});

describe("ice-detention: internal consistency", () => {
  const byMonth = rows("ice-detention", "book-ins-by-month");
  const byYear = rows("ice-detention", "book-ins-by-fiscal-year");
  const adpMonth = rows("ice-detention", "adp-by-month");
  const adpYear = rows("ice-detention", "adp-by-fiscal-year");

  it("monthly book-ins sum exactly to the fiscal-year total of the same workbook (tolerance 0: both are counts in one table)", () => {
    expect(byYear.length).toBe(30);
    for (const fy of byYear) {
      const months = byMonth.filter((m) => m.source_id === fy.source_id && m.arresting_agency === fy.arresting_agency);
      expect(months.length, `${fy.source_id} ${fy.arresting_agency}`).toBeGreaterThan(0);
      const sum = months.reduce((total, m) => total + num(m.book_ins), 0);
      expect(sum, `${fy.source_id} ${fy.arresting_agency}`).toBe(num(fy.book_ins));
    }
  });

  it("ICE-arrested plus CBP-arrested book-ins equal the total, month by month and year by year", () => {
    for (const table of [byMonth, byYear]) {
      const key = (r: Row) => `${r.source_id}|${r.month ?? r.fiscal_year}`;
      const groups = new Map<string, Record<string, number>>();
      for (const r of table) groups.set(key(r), { ...groups.get(key(r)), [str(r.arresting_agency)]: num(r.book_ins) });
      for (const [k, g] of groups) expect(g.ICE + g.CBP, k).toBe(g.total);
    }
  });

  it("the fiscal-year ADP equals the monthly ADPs weighted by the days each month covers (within 0.001 of a person)", () => {
    for (const fy of adpYear) {
      const months = adpMonth.filter((m) => m.source_id === fy.source_id && m.arresting_agency === fy.arresting_agency);
      const days = months.reduce((d, m) => d + num(m.days_covered), 0);
      const manDays = months.reduce((s, m) => s + num(m.adp_unrounded) * num(m.days_covered), 0);
      expect(days, `${fy.source_id}`).toBe(num(fy.days_covered));
      expect(Math.abs(manDays / days - num(fy.adp_unrounded)), `${fy.source_id} ${fy.arresting_agency}`).toBeLessThan(0.001);
    }
  });

  it("ICE-arrested plus CBP-arrested ADP equal the total ADP (within 0.01)", () => {
    for (const fy of adpYear.filter((r) => r.arresting_agency === "total")) {
      const part = (agency: string) => num(adpYear.find((r) => r.source_id === fy.source_id && r.arresting_agency === agency)!.adp_unrounded);
      expect(Math.abs(part("ICE") + part("CBP") - num(fy.adp_unrounded)), str(fy.source_id)).toBeLessThan(0.01);
    }
  });

  it("the displayed ADP is the stored value rounded to a whole person", () => {
    for (const r of [...adpYear, ...adpMonth]) expect(Math.abs(num(r.adp) - num(r.adp_unrounded)), `${r.source_id} ${r.month ?? r.fiscal_year}`).toBeLessThanOrEqual(0.5);
  });

  it("partial months are flagged: month_complete is false exactly when fewer days than the month has are covered", () => {
    for (const r of [...byMonth, ...adpMonth]) {
      const full = num(r.days_covered) === daysInMonth(str(r.month));
      expect(r.month_complete, `${r.source_id} ${r.month}`).toBe(full);
      expect(num(r.days_covered)).toBeLessThanOrEqual(daysInMonth(str(r.month)));
    }
  });

  it("months belong to the fiscal year they are filed under, and no month after a file's data date is recorded", () => {
    for (const r of byMonth) {
      const first = `${str(r.month)}-01`;
      expect(first >= fyStart(num(r.fiscal_year)) && first <= fyEnd(num(r.fiscal_year)), `${r.month} in FY${r.fiscal_year}`).toBe(true);
      const asOf = str(byYear.find((y) => y.source_id === r.source_id)!.as_of);
      expect(first <= asOf, `${r.source_id} ${r.month}`).toBe(true);
    }
  });

  it("a year is full_year exactly when its data run to September 30", () => {
    for (const r of [...byYear, ...adpYear]) expect(r.period === "full_year", `${r.source_id}`).toBe(r.as_of === fyEnd(num(r.fiscal_year)));
  });

  it("FY2026 months reported by several workbooks are kept once per workbook (revisions are not overwritten)", () => {
    const oct = byMonth.filter((r) => r.month === "2025-10" && r.arresting_agency === "total");
    expect(new Set(oct.map((r) => r.source_id)).size).toBe(3);
  });
});

describe("ice-detention: the detained population", () => {
  const detained = rows("ice-detention", "detained-population");

  it("has exactly one row per workbook read", () => {
    expect(detained.length).toBe(WORKBOOKS.length);
    expect(new Set(detained.map((r) => r.source_id))).toEqual(new Set(WORKBOOKS.map((s) => s.id)));
  });

  it("snapshot dates are distinct, ordered, and fall within the workbook's fiscal year or just after it", () => {
    const dates = detained.map((r) => str(r.as_of));
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const r of detained) {
      const fy = num(r.workbook_fiscal_year);
      expect(str(r.as_of) >= fyStart(fy), str(r.source_id)).toBe(true);
      expect((Date.parse(str(r.as_of)) - Date.parse(fyEnd(fy))) / DAY, str(r.source_id)).toBeLessThanOrEqual(7);
    }
  });

  it("ICE-arrested plus CBP-arrested, and the three criminality groups, each add up to the total", () => {
    for (const r of detained) {
      expect(num(r.detained_ice_arrested) + num(r.detained_cbp_arrested), str(r.as_of)).toBe(num(r.detained_total));
      expect(num(r.convicted_criminal) + num(r.pending_criminal_charges) + num(r.other_immigration_violator), str(r.as_of)).toBe(num(r.detained_total));
    }
  });
});

describe("ice-detention-releases: the posting calendar", () => {
  const releases = rows("ice-detention-releases", "releases");
  // The archive list is an input kept outside the repository; the comparison runs where it is available.
  // The archive list is not committed; CI and developers have the shared copy beside the checkout.
  const ARCHIVE = [resolve(import.meta.dirname, "../../../shared"), "/work/shared"].map((dir) => `${dir}/sources/ice-detention-statistics/release-file-names-archive.txt`).find((path) => existsSync(path)) ?? "";
  const archive = existsSync(ARCHIVE) ? readFileSync(ARCHIVE, "utf8").split("\n").map((s) => s.trim()).filter(Boolean) : null;

  it("has one row per file name, and rows outside the archive list cite other evidence", () => {
    expect(new Set(releases.map((r) => r.file_name)).size).toBe(releases.length);
    expect(releases.filter((r) => r.in_archive_list === true).length).toBe(134);
    for (const r of releases.filter((row) => row.in_archive_list === true)) expect(r.source_id, str(r.file_name)).toBe("ice-detention-release-archive");
    for (const r of releases.filter((row) => row.in_archive_list === false)) expect(r.source_id, str(r.file_name)).not.toBe("ice-detention-release-archive");
  });

  it.skipIf(archive === null)("every name in the archive list, and only those, is marked in_archive_list", () => {
    const listed = releases.filter((r) => r.in_archive_list === true).map((r) => str(r.file_name)).sort();
    expect(listed).toEqual([...archive!].sort());
  });

  it("posting dates parse, follow the file order without going backwards, and come before the undated rows", () => {
    let previous = "";
    let undatedSeen = false;
    for (const r of releases) {
      if (r.posting_date === null) {
        undatedSeen = true;
        continue;
      }
      expect(undatedSeen, `${r.file_name} listed after an undated row`).toBe(false);
      expect(str(r.posting_date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(str(r.posting_date) >= previous, `${r.file_name} (${r.posting_date}) after ${previous}`).toBe(true);
      previous = str(r.posting_date);
    }
  });

  it("each posting date agrees with the digits in the file name and the fiscal-year prefix", () => {
    for (const r of releases.filter((row) => row.posting_date !== null)) {
      const name = str(r.file_name);
      const date = str(r.posting_date);
      const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
      const digits = name.replace(/^FY\d\d[-_]detention[-_]?[sS]tats_?/, "").match(/^\d+/)?.[0] ?? "";
      const expected = { MMDDYYYY: `${m}${d}${y}`, MMDDYY: `${m}${d}${y.slice(2)}`, YYMMDD: `${y.slice(2)}${m}${d}`, MMDD: `${m}${d}`, none: "" }[str(r.name_date_format)];
      expect(digits, name).toBe(expected);
      expect(name.slice(2, 4), name).toBe(String(num(r.fiscal_year)).slice(2));
      const fy = num(r.fiscal_year);
      expect(date >= fyStart(fy), name).toBe(true);
      expect((Date.parse(date) - Date.parse(fyEnd(fy))) / DAY, name).toBeLessThanOrEqual(60);
      expect(r.posted_after_fiscal_year_end, name).toBe(date > fyEnd(fy));
    }
  });

  it("rows without a posting date say why", () => {
    for (const r of releases.filter((row) => row.posting_date === null)) {
      expect(["no_date_in_name", "inconsistent_with_prefix"], str(r.file_name)).toContain(r.date_status);
      expect(r.note, str(r.file_name)).toBeTruthy();
    }
    for (const r of releases.filter((row) => row.posting_date !== null)) expect(["parsed", "year_inferred"], str(r.file_name)).toContain(r.date_status);
  });

  it("the days between consecutive dated postings are never negative", () => {
    const dated = releases.filter((r) => r.posting_date !== null).map((r) => Date.parse(str(r.posting_date)));
    for (let i = 1; i < dated.length; i++) expect(dated[i] - dated[i - 1]).toBeGreaterThanOrEqual(0);
  });
});

describe("detention-capacity", () => {
  it("funded beds: one row per fiscal year and source; missing rows carry no value and say why", () => {
    const beds = rows("detention-capacity", "funded-beds");
    const keys = beds.map((r) => `${r.fiscal_year}|${r.source_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of beds) {
      if (r.status === "missing") {
        expect(r.funded_beds, `FY${r.fiscal_year}`).toBeNull();
        expect(r.note).toBeTruthy();
      } else expect(num(r.funded_beds)).toBeGreaterThan(0);
    }
  });

  it("funded bed levels are stated by their source, never derived: a year without a stated level is missing", () => {
    const beds = rows("detention-capacity", "funded-beds");
    for (const r of beds.filter((row) => row.status !== "missing")) expect(str(r.note), `FY${r.fiscal_year}`).not.toMatch(/\bderived\b/i);
    const fy2020 = beds.filter((r) => r.fiscal_year === 2020);
    expect(fy2020.map((r) => r.status)).toEqual(["missing"]);
  });

  it("sources behind the capacity figures are original publishers, not republishers or aggregators", () => {
    const used = new Set<string>();
    for (const resource of requireDataset(catalog, "detention-capacity").descriptor.resources) {
      for (const r of rows("detention-capacity", resource.name)) if (r.source_id) used.add(str(r.source_id));
    }
    for (const id of used) {
      const source = catalog.sources.get(id)!;
      expect(source.publisher, id).not.toMatch(/republished|as carried by/i);
      expect(source.url, id).not.toMatch(/spokesman\.com|am590theanswer\.com|factually\.co|netlify\.app|zoppoz|pdfroom|docslib\.org/i);
    }
  });

  it("bed targets are claims with a date they were meant to be reached; measured capacity is not a claim", () => {
    for (const r of rows("detention-capacity", "bed-capacity-and-targets")) {
      if (r.kind === "target") {
        expect(r.status, str(r.source_id)).toBe("claim");
        expect(r.target_date, str(r.source_id)).toBeTruthy();
      } else expect(r.status).not.toBe("claim");
    }
  });

  it("facility counts tabulated from workbooks cite one of the workbooks read", () => {
    const listed = rows("detention-capacity", "facilities").filter((r) => r.measure === "listed_in_ice_workbook");
    expect(new Set(listed.map((r) => r.source_id))).toEqual(new Set(WORKBOOKS.map((s) => s.id)));
  });

  it("the highest detained count in detained-highs from a workbook matches the detained-population row", () => {
    for (const r of rows("detention-capacity", "detained-highs").filter((row) => str(row.source_id).startsWith("ice-detention-stats-"))) {
      const match = rows("ice-detention", "detained-population").find((d) => d.source_id === r.source_id)!;
      expect(r.detained).toBe(match.detained_total);
      expect(r.date).toBe(match.as_of);
      expect(num(r.detained)).toBe(Math.max(...rows("ice-detention", "detained-population").map((d) => num(d.detained_total))));
    }
  });
});

describe("detention charts", () => {
  it.each(CHARTS)("%s builds from the pinned data, with a takeaway and a table", async (id) => {
    const module = await import(`../../content/charts/${id}.ts`);
    const built = buildChart(catalog, module.default);
    expect(built.rows.length).toBeGreaterThan(0);
    expect(built.takeaway.length).toBeGreaterThan(20);
    expect(built.svg).toContain("<svg");
    expect(built.table.cells.length).toBe(built.rows.length);
  });

  it("the release-gap chart computes gaps from the dates and never shows a negative gap", async () => {
    const module = await import("../../content/charts/detention-release-gaps.ts");
    const built = buildChart(catalog, module.default);
    const gaps = built.rows.map((r) => r.days_since_previous).filter((g) => g !== null).map(num);
    expect(gaps.every((g) => g >= 0)).toBe(true);
    expect(gaps.length).toBe(built.rows.length - 1);
  });
});
