// Consistency checks over the staffing datasets (issue 7): ice-workforce, ice-hiring-surge, ice-appropriations,
// ice-287g, ice-pressure and border-patrol-staffing. Reads the released CSVs directly with d3-dsv.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = join(ROOT, "data");
const VERSION = "1.0.0";
const DATASETS = ["ice-workforce", "ice-hiring-surge", "ice-appropriations", "ice-287g", "ice-pressure", "border-patrol-staffing"];

type Rec = Record<string, string>;
const read = (dataset: string, resource: string): Rec[] => csvParse(readFileSync(join(DATA, dataset, VERSION, `${resource}.csv`), "utf8")) as unknown as Rec[];
const num = (value: string | undefined): number => Number(value);
const sum = (rows: Rec[], column: string): number => rows.reduce((total, row) => total + num(row[column]), 0);

// The registry is every data/sources/*.csv: a source shared with another topic (e.g. an ICE detention workbook) is listed once, in one file.
const sourceIds = new Set(
  readdirSync(join(DATA, "sources"))
    .filter((file) => file.endsWith(".csv"))
    .flatMap((file) => (csvParse(readFileSync(join(DATA, "sources", file), "utf8")) as unknown as Rec[]).map((row) => row.id)),
);

describe("staffing datasets: files, checksums and provenance", () => {
  for (const name of DATASETS) {
    const descriptor = JSON.parse(readFileSync(join(DATA, name, "datapackage.json"), "utf8"));
    it(`${name}: every released file matches its recorded size and sha256`, () => {
      const release = descriptor.releases.find((r: { version: string }) => r.version === VERSION);
      expect(release).toBeDefined();
      for (const resource of descriptor.resources) {
        const path = join(DATA, name, VERSION, resource.path);
        expect(existsSync(path)).toBe(true);
        const bytes = readFileSync(path);
        expect(bytes.length).toBe(release.files[resource.name].bytes);
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(release.files[resource.name].sha256);
        expect(bytes.toString("utf8").endsWith("\n")).toBe(true);
        expect(bytes.includes("\r".charCodeAt(0))).toBe(false);
      }
    });
    it(`${name}: every row has a status, and every non-missing row a source in the sources registry`, () => {
      for (const resource of descriptor.resources) {
        for (const row of read(name, resource.name)) {
          expect(["official", "claim", "estimate", "missing"]).toContain(row.status);
          if (row.status !== "missing") expect(sourceIds.has(row.source_id), `${name}/${resource.name}: ${row.source_id}`).toBe(true);
          else expect(row.note, `${name}/${resource.name}: missing row without note`).not.toBe("");
        }
      }
    });
  }
});

describe("sources registry (staffing.csv): original publishers only", () => {
  // Republishers, summary sites and distribution services found in the first draft; the registry must cite originals.
  const NOT_ORIGINAL = ["einpresswire.com", "hngn.com", "wgcu.org", "kurv.com", "whio.com", "southfloridareporter.com", "hindustantimes.com", "theanswerdetroit.com", "defenseassistance.org", "factually.co", "zerohedge.com", "briefly.co", "particle.news", "newsbeep.com", "pulsewire.news", "pdfroom.com", "netlify.app", "zoppoz", "documentcloud.org"];
  const registry = csvParse(readFileSync(join(DATA, "sources", "staffing.csv"), "utf8")) as unknown as Rec[];
  it("no source URL points at a republisher, aggregator or mirror", () => {
    for (const row of registry) {
      for (const host of NOT_ORIGINAL) expect(row.url.includes(host), `${row.id}: ${row.url}`).toBe(false);
    }
  });
  it("every registry row has an id, publisher, title, URL, accessed date and a known tier", () => {
    for (const row of registry) {
      for (const key of ["id", "publisher", "title", "url", "accessed"]) expect(row[key], `${row.id}: ${key}`).not.toBe("");
      expect(["agency", "analysis", "reporting", "statement"]).toContain(row.tier);
    }
  });
});

describe("ice-287g: tabulation is internally consistent", () => {
  const national = read("ice-287g", "agreements-national");
  const byState = read("ice-287g", "agreements-by-state");
  const agencies = read("ice-287g", "agencies-national");
  const listDates = [...new Set(national.map((r) => r.list_date))];

  it("has the four list dates", () => {
    expect(listDates).toEqual(["2025-01-31", "2025-09-30", "2025-12-31", "2026-05-18"]);
  });

  it("state counts sum to the national count for every list date and model", () => {
    for (const date of listDates) {
      for (const model of ["jail_enforcement_model", "task_force_model", "warrant_service_officer"]) {
        const nationalRow = national.find((r) => r.list_date === date && r.model === model)!;
        const states = byState.filter((r) => r.list_date === date && r.model === model);
        expect(sum(states, "agreements"), `${date} ${model}`).toBe(num(nationalRow.agreements));
      }
    }
  });

  it("the all-models row equals the sum of the three models", () => {
    for (const date of listDates) {
      const models = national.filter((r) => r.list_date === date && r.model !== "all_models");
      const total = national.find((r) => r.list_date === date && r.model === "all_models")!;
      expect(sum(models, "agreements")).toBe(num(total.agreements));
    }
  });

  it("reproduces the known totals of ICE's lists (135; 1,035; 1,274; 1,843)", () => {
    const totals = listDates.map((date) => num(national.find((r) => r.list_date === date && r.model === "all_models")!.agreements));
    expect(totals).toEqual([135, 1035, 1274, 1843]);
  });

  it("agencies never exceed agreements and grow with them", () => {
    for (const row of agencies) {
      const total = national.find((r) => r.list_date === row.list_date && r.model === "all_models")!;
      expect(num(row.agencies)).toBeLessThanOrEqual(num(total.agreements));
    }
  });

  it("state rows hold only positive counts and clean state names", () => {
    for (const row of byState) {
      expect(num(row.agreements)).toBeGreaterThan(0);
      expect(row.state).toBe(row.state.trim());
      expect(row.state).not.toMatch(/\s{2,}/);
    }
  });
});

describe("border-patrol-staffing: sector sums against CBP's regional and nationwide totals", () => {
  const sectors = read("border-patrol-staffing", "by-sector");
  const regional = read("border-patrol-staffing", "regional-totals");
  const total = (fy: number, region: string) => num(regional.find((r) => num(r.fiscal_year) === fy && r.region === region)!.agents);
  const sectorSum = (fy: number, region: string) => sum(sectors.filter((r) => num(r.fiscal_year) === fy && r.region === region && r.status !== "missing"), "agents");

  it("covers 28 fiscal years and 21 sectors", () => {
    expect(new Set(sectors.map((r) => r.fiscal_year)).size).toBe(28);
    expect(new Set(sectors.map((r) => r.sector)).size).toBe(21);
    expect(sectors.length).toBe(28 * 21);
  });

  it("coastal and northern sectors sum exactly to their regional totals every year", () => {
    for (let fy = 1992; fy <= 2019; fy++) {
      expect(sectorSum(fy, "coastal"), `coastal FY${fy}`).toBe(total(fy, "coastal_border_sectors"));
      expect(sectorSum(fy, "northern"), `northern FY${fy}`).toBe(total(fy, "northern_border_sectors"));
    }
  });

  it("southwest sectors sum to the regional total through FY2009 and fall short once the Special Operations Group is included (FY2010 on)", () => {
    for (let fy = 1992; fy <= 2019; fy++) {
      const gap = total(fy, "southwest_border_sectors") - sectorSum(fy, "southwest");
      if (fy <= 2009) expect(gap, `FY${fy}`).toBe(0);
      else {
        expect(gap, `FY${fy}`).toBeGreaterThan(0);
        expect(gap, `FY${fy}`).toBeLessThan(200);
      }
    }
  });

  it("the nationwide total is at least the sum of the three regions", () => {
    for (let fy = 1992; fy <= 2019; fy++) {
      const regions = total(fy, "coastal_border_sectors") + total(fy, "northern_border_sectors") + total(fy, "southwest_border_sectors");
      expect(total(fy, "nationwide_total")).toBeGreaterThanOrEqual(regions);
    }
  });

  it("Livermore is missing (sector closed) from FY2005 and present before", () => {
    const livermore = sectors.filter((r) => r.sector === "Livermore");
    for (const row of livermore) {
      if (num(row.fiscal_year) <= 2004) expect(row.status).toBe("official");
      else {
        expect(row.status).toBe("missing");
        expect(row.agents).toBe("");
      }
    }
  });

  it("matches CBP's published peak and end values", () => {
    expect(total(2011, "nationwide_total")).toBe(21444);
    expect(total(2019, "nationwide_total")).toBe(19648);
    expect(total(1992, "nationwide_total")).toBe(4139);
  });
});

describe("ice-pressure: book-ins", () => {
  const book = read("ice-pressure", "book-ins-monthly");
  it("per_day equals initial_book_ins divided by days_covered (one decimal)", () => {
    for (const row of book) expect(num(row.per_day)).toBeCloseTo(num(row.initial_book_ins) / num(row.days_covered), 1);
  });
  it("has one ICE and one CBP row for each month from 2023-10 to 2026-04", () => {
    const months = [...new Set(book.map((r) => r.month))];
    expect(months[0]).toBe("2023-10");
    expect(months[months.length - 1]).toBe("2026-04");
    expect(months.length).toBe(31);
    for (const month of months) expect(book.filter((r) => r.month === month).map((r) => r.arresting_agency).sort()).toEqual(["CBP", "ICE"]);
  });
  it("marks the partial months with fewer days than the calendar month", () => {
    expect(num(book.find((r) => r.month === "2025-09" && r.arresting_agency === "ICE")!.days_covered)).toBe(20);
    expect(num(book.find((r) => r.month === "2026-04" && r.arresting_agency === "ICE")!.days_covered)).toBe(4);
  });
});

describe("definitions are never merged", () => {
  it("ice-workforce keeps a measure on every row and no measure/date/source duplicates", () => {
    const rows = read("ice-workforce", "workforce");
    const keys = rows.map((r) => `${r.date}|${r.measure}|${r.source_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of rows) expect(row.measure).not.toBe("");
  });
  it("ice-appropriations keeps annual and multi-year money in separate tables", () => {
    const annual = read("ice-appropriations", "annual");
    const multi = read("ice-appropriations", "multi-year");
    expect(annual.every((r) => r.fiscal_year !== "")).toBe(true);
    expect(multi.every((r) => r.public_law !== "" && r.enacted !== "")).toBe(true);
  });
  it("hiring-surge figures that DHS or ICE stated are claims", () => {
    const rows = read("ice-hiring-surge", "events");
    for (const id of ["hires-2026-01-03", "applications-2026-01-03", "offers-2025-09-16", "experience-85-claim"]) {
      expect(rows.find((r) => r.id === id)!.status).toBe("claim");
    }
  });
});
