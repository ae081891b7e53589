// Consistency checks for the "gaps in the record" datasets: publication-inventory, publication-calendar,
// data-incidents, official-claims and definitions. Reads the released CSVs directly with d3-dsv.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const VERSION = "1.0.0";

type Row = Record<string, string>;

function table(dataset: string, resource: string): Row[] {
  return csvParse(readFileSync(join(ROOT, "data", dataset, VERSION, `${resource}.csv`), "utf8")) as unknown as Row[];
}

function registryIds(): Set<string> {
  const ids = new Set<string>();
  const dir = join(ROOT, "data", "sources");
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".csv"))) {
    for (const row of csvParse(readFileSync(join(dir, name), "utf8"))) ids.add(String(row.id));
  }
  return ids;
}

const products = table("publication-inventory", "products");
const months = table("publication-calendar", "months");
const incidents = table("data-incidents", "incidents");
const sameYear = table("data-incidents", "same-year-removals");
const claims = table("official-claims", "claims");
const checks = table("official-claims", "checks");
const terms = table("definitions", "terms");
const matrix = table("definitions", "counting-matrix");
const sources = registryIds();
const productIds = new Set(products.map((row) => row.product_id));

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split("-").map(Number);
  const [lastYear, lastMonth] = last.split("-").map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    out.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

describe("publication inventory", () => {
  it("has unique product ids", () => {
    expect(productIds.size).toBe(products.length);
  });
  it("marks exactly the products that have calendar rows", () => {
    const inCalendar = new Set(months.map((row) => row.product_id));
    for (const product of products) expect(product.in_calendar === "true", product.product_id).toBe(inCalendar.has(product.product_id));
  });
  it("gives a legal source whenever a statutory requirement is recorded, and it resolves", () => {
    for (const product of products) {
      if (product.legal_source_id) expect(sources.has(product.legal_source_id), product.product_id).toBe(true);
    }
  });
  it("never has a last release earlier than the first release", () => {
    for (const product of products) {
      if (product.first_known_release && product.last_known_release) expect(product.last_known_release >= product.first_known_release, product.product_id).toBe(true);
    }
  });
});

describe("publication calendar", () => {
  it("only names products from the inventory", () => {
    for (const row of months) expect(productIds.has(row.product_id), row.product_id).toBe(true);
  });
  it("has exactly one row per product and month, January 2023 to October 2026, with no gaps", () => {
    const expected = monthsBetween("2023-01", "2026-10");
    const byProduct = new Map<string, string[]>();
    for (const row of months) byProduct.set(row.product_id, [...(byProduct.get(row.product_id) ?? []), row.month]);
    for (const [product, list] of byProduct) expect(list, product).toEqual(expected);
  });
  it("counts releases only for months with a yes or a documented no", () => {
    for (const row of months) {
      const where = `${row.product_id} ${row.month}`;
      if (row.published === "no") expect(row.releases_in_month, where).toBe("0");
      if (row.published === "yes" && row.releases_in_month !== "") expect(Number(row.releases_in_month), where).toBeGreaterThan(0);
      if (["unknown", "not-launched", "not-due"].includes(row.published)) expect(row.releases_in_month, where).toBe("");
    }
  });
  it("marks unknown months as missing evidence, and gives every other month a source", () => {
    for (const row of months) {
      const where = `${row.product_id} ${row.month}`;
      if (row.published === "unknown") {
        expect(row.status, where).toBe("missing");
        expect(row.note.length, where).toBeGreaterThan(10);
      } else {
        expect(row.source_id, where).not.toBe("");
      }
    }
  });
  it("agrees with the inventory's first release for products launched inside the window", () => {
    for (const product of products.filter((row) => row.in_calendar === "true" && /^20(2[3-6])-\d{2}/.test(row.first_known_release))) {
      const launch = product.first_known_release.slice(0, 7);
      const before = months.filter((row) => row.product_id === product.product_id && row.month < launch);
      for (const row of before) expect(row.published, `${row.product_id} ${row.month}`).not.toBe("yes");
    }
  });
  it("agrees month by month with the postings in the ice-detention-releases dataset", () => {
    const releases = table("ice-detention-releases", "releases").filter((row) => row.posting_date);
    const counts = new Map<string, number>();
    for (const row of releases) counts.set(row.posting_date.slice(0, 7), (counts.get(row.posting_date.slice(0, 7)) ?? 0) + 1);
    for (const row of months.filter((r) => r.product_id === "ice-detention-statistics")) {
      const known = counts.get(row.month) ?? 0;
      if (row.published === "yes") expect(Number(row.releases_in_month), row.month).toBe(known);
      if (row.published === "no") expect(known, row.month).toBe(0);
    }
  });
  it("records a yes for ICE detention statistics in every month that has a dated file in its source list", () => {
    for (const row of months.filter((r) => r.product_id === "ice-detention-statistics" && r.evidence === "dated-file")) {
      expect(row.published).toBe("yes");
      expect(row.source_locator.split("; ").length).toBe(Number(row.releases_in_month));
    }
  });
});

describe("data incidents", () => {
  it("has unique ids, valid products and dates in order", () => {
    expect(new Set(incidents.map((row) => row.incident_id)).size).toBe(incidents.length);
    for (const row of incidents) {
      if (row.product_id) expect(productIds.has(row.product_id), row.incident_id).toBe(true);
      if (row.end_date) expect(row.end_date >= row.date, row.incident_id).toBe(true);
      if (row.second_source_id) expect(sources.has(row.second_source_id), row.incident_id).toBe(true);
    }
  });
  it("keeps the FY2024 removals of every file, disagreements included, without averaging", () => {
    expect(sameYear.every((row) => row.fiscal_year === "2024")).toBe(true);
    const totals = new Set(sameYear.map((row) => Number(row.removals)));
    expect(totals.size).toBeGreaterThanOrEqual(3);
    const official = sameYear.filter((row) => row.status === "official").map((row) => Number(row.removals));
    expect(new Set(official).size).toBe(1);
  });
});

describe("claims ledger", () => {
  const checkById = new Map(checks.map((row) => [row.check_id, row]));
  it("gives every claim a date, a speaker, a figure, a period and a source", () => {
    for (const claim of claims) {
      expect(claim.date, claim.claim_id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(claim.speaker.length, claim.claim_id).toBeGreaterThan(2);
      expect(claim.figure, claim.claim_id).toMatch(/^\d+$/);
      expect(claim.period_label.length, claim.claim_id).toBeGreaterThan(2);
      expect(claim.status, claim.claim_id).toBe("claim");
      expect(sources.has(claim.source_id), claim.claim_id).toBe(true);
    }
  });
  it("copies the check's figure, status and source into each claim row exactly", () => {
    for (const claim of claims) {
      const check = checkById.get(claim.check_id);
      expect(check, claim.claim_id).toBeDefined();
      if (!check) continue;
      expect(claim.check_figure, claim.claim_id).toBe(check.figure);
      expect(claim.check_figure_high, claim.claim_id).toBe(check.figure_high);
      expect(claim.check_status, claim.claim_id).toBe(check.status);
      expect(claim.check_source_id, claim.claim_id).toBe(check.source_id);
      expect(claim.check_period, claim.claim_id).toBe(check.period_label);
    }
  });
  it("leaves missing checks empty and explains them", () => {
    for (const check of checks) {
      if (check.status === "missing") {
        expect(check.figure, check.check_id).toBe("");
        expect(check.note.length, check.check_id).toBeGreaterThan(10);
      } else {
        expect(check.figure, check.check_id).toMatch(/^-?\d+$/);
        expect(sources.has(check.source_id), check.check_id).toBe(true);
      }
      if (check.figure_high) expect(Number(check.figure_high) >= Number(check.figure), check.check_id).toBe(true);
    }
  });
  it("uses every check at least once or as a charted benchmark", () => {
    const used = new Set(claims.map((claim) => claim.check_id));
    const charted = checks.filter((check) => ["removals", "app-departures", "arrests"].includes(check.metric) && check.status !== "missing").map((check) => check.check_id);
    for (const check of checks) expect(used.has(check.check_id) || charted.includes(check.check_id), check.check_id).toBe(true);
  });
  it("keeps the period start on or before the claim date", () => {
    for (const claim of claims) if (claim.period_start) expect(claim.period_start <= claim.date, claim.claim_id).toBe(true);
  });
});

describe("definitions", () => {
  it("has unique kebab-case slugs", () => {
    const slugs = terms.map((row) => row.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it("links only to terms that exist", () => {
    const slugs = new Set(terms.map((row) => row.slug));
    for (const row of terms) {
      for (const related of row.related.split(";").map((value) => value.trim()).filter(Boolean)) expect(slugs.has(related), `${row.slug} -> ${related}`).toBe(true);
    }
  });
  it("covers the terms the brief names", () => {
    const slugs = new Set(terms.map((row) => row.slug));
    for (const slug of ["removal", "return", "expulsion", "repatriation", "deportation-in-press-releases", "self-deportation", "voluntary-departure", "encounter", "initial-book-in", "detention-stay", "person-versus-event", "administrative-arrest", "at-large-arrest", "arresting-agency", "criminality-categories", "fiscal-year", "calendar-year", "since-january-20", "locked-data"]) {
      expect(slugs.has(slug), slug).toBe(true);
    }
  });
  it("fills the counting matrix completely, with a reason for every cell", () => {
    const events = new Set(matrix.map((row) => row.event_id));
    const totals = new Set(matrix.map((row) => row.total_id));
    expect(matrix.length).toBe(events.size * totals.size);
    for (const row of matrix) {
      expect(row.basis.length, `${row.event_id}/${row.total_id}`).toBeGreaterThan(5);
      if (row.included === "unknown") expect(row.status, `${row.event_id}/${row.total_id}`).toBe("missing");
    }
  });
  it("resolves second sources", () => {
    for (const row of terms) if (row.second_source_id) expect(sources.has(row.second_source_id), row.slug).toBe(true);
  });
});

describe("sources registry (gaps.csv)", () => {
  const rows = csvParse(readFileSync(join(ROOT, "data", "sources", "gaps.csv"), "utf8")) as unknown as Row[];
  // Distribution services, aggregators, republishers and radio-show pages are not original publishers.
  const notOriginal = /einpresswire\.com|menafn\.com|finanznachrichten\.de|wbhm\.org|armstrongandgetty\.com|lexisnexis\.com|whatfinger\.com|factually\.co|zerohedge\.com|particle\.news|briefly\.co|deepnewz|pulsewire\.news|newsbeep|voz\.us\/en\/just-the-news|tumblr\.com|netlify\.app|zoppoz|pdfroom|oikosix|thefederalnewswire\.com|politicalemails\.org/i;
  it("cites each document at its original publisher's own address", () => {
    for (const row of rows) {
      expect(row.url, row.id).toMatch(/^https:\/\//);
      expect(notOriginal.test(row.url), `${row.id}: ${row.url}`).toBe(false);
      expect(/distributed by|\(via |published by member station|republish/i.test(row.publisher), `${row.id}: ${row.publisher}`).toBe(false);
    }
  });
  it("resolves every source named by the five datasets", () => {
    const named: [string, string][] = [];
    for (const row of products) named.push([row.product_id, row.source_id], [row.product_id, row.legal_source_id]);
    for (const row of months) named.push([`${row.product_id} ${row.month}`, row.source_id]);
    for (const row of incidents) named.push([row.incident_id, row.source_id], [row.incident_id, row.second_source_id]);
    for (const row of sameYear) named.push([row.file_id, row.source_id]);
    for (const row of claims) named.push([row.claim_id, row.source_id], [row.claim_id, row.check_source_id]);
    for (const row of checks) named.push([row.check_id, row.source_id]);
    for (const row of terms) named.push([row.slug, row.source_id], [row.slug, row.second_source_id]);
    for (const row of matrix) named.push([`${row.event_id}/${row.total_id}`, row.source_id]);
    for (const [where, id] of named) if (id) expect(sources.has(id), `${where} -> ${id}`).toBe(true);
  });
});

describe("release metadata", () => {
  it("records the exact size and checksum of every released file", () => {
    for (const dataset of ["publication-inventory", "publication-calendar", "data-incidents", "official-claims", "definitions"]) {
      const descriptor = JSON.parse(readFileSync(join(ROOT, "data", dataset, "datapackage.json"), "utf8"));
      const release = descriptor.releases.find((entry: { version: string }) => entry.version === VERSION);
      for (const resource of descriptor.resources) {
        const bytes = readFileSync(join(ROOT, "data", dataset, VERSION, resource.path));
        expect(release.files[resource.name].bytes, `${dataset}/${resource.name}`).toBe(bytes.length);
        expect(release.files[resource.name].sha256, `${dataset}/${resource.name}`).toBe(createHash("sha256").update(bytes).digest("hex"));
      }
    }
  });
});
