import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// Row order and short labels for the products in the calendar (official statistics first).
const PRODUCTS: [string, string, string][] = [
  ["ice-detention-statistics", "ICE detention workbooks (semimonthly by law)", "ICE detention workbooks"],
  ["ice-ero-dashboards", "ICE statistics dashboards (quarterly)", "ICE dashboards"],
  ["ice-annual-report", "ICE annual report", "ICE annual report"],
  ["ohss-monthly-tables", "DHS OHSS monthly enforcement tables", "OHSS monthly tables"],
  ["cbp-monthly-encounters", "CBP monthly border figures", "CBP monthly figures"],
  ["ice-daily-arrest-posts", "ICE daily arrest posts on X", "ICE posts on X"],
  ["cbp-home-departures", "CBP Home app departure counts", "CBP Home counts"],
  ["dhs-running-totals", "DHS running-total statements", "DHS statements"],
  ["ice-foia-productions", "ICE records released under FOIA", "ICE FOIA records"],
];
const LABEL = new Map(PRODUCTS.map(([id, long]) => [id, long]));
const SHORT = new Map(PRODUCTS.map(([id, , short]) => [id, short]));

// Cell styling follows the house status convention: official solid, estimate light, claim outlined.
function fill(d: Row): string {
  if (d.published === "yes") return d.status === "claim" ? "none" : d.status === "estimate" ? palette.estimate : palette.official;
  if (d.published === "no") return palette.series[1];
  if (d.published === "unknown") return palette.muted;
  return "none";
}
function fillOpacity(d: Row): number {
  return d.published === "unknown" ? 0.25 : 1;
}
function stroke(d: Row): string {
  if (d.published === "yes" && d.status === "claim") return palette.claim;
  if (d.published === "not-launched" || d.published === "not-due") return palette.muted;
  return "none";
}
const WORD: Record<string, string> = {
  yes: "new data published",
  no: "no new data",
  unknown: "not known",
  "not-launched": "not yet launched",
  "not-due": "no release due (annual product)",
};

export default defineChart({
  id: "publication-calendar-grid",
  title: "Which official enforcement statistics appeared each month, January 2023 to October 2026",
  takeaway: (rows) => {
    const count = (product: string, value: string, from = "2025-01") => rows.filter((r) => r.product_id === product && r.published === value && String(r.month) >= from).length;
    return `From January 2025, ICE's statistics dashboards show ${count("ice-ero-dashboards", "no")} months with no new data and ${count("ice-ero-dashboards", "yes")} with an update, the OHSS monthly tables ${count("ohss-monthly-tables", "no")} months with no removals data, and ICE's detention workbooks ${count("ice-detention-statistics", "yes")} months with at least one release and ${count("ice-detention-statistics", "no")} months with none, while the claims ledger holds dated DHS running totals from ${count("dhs-running-totals", "yes")} months.`;
  },
  notes: [
    "Each cell is one product in one calendar month: blue when new data appeared (lighter when known only from reporting or FOIA records), outlined when officials issued statements, amber when a source documents that no new data appeared, pale grey when no evidence was found either way (not a 'no'), and empty when the product did not exist yet or, for the annual report, no release was due.",
    "ICE detention workbook months come from the dates in ICE's file names (ice-detention-releases dataset); a month without a file may be an archiving gap rather than a missed release, and the archive ends in April 2026.",
    "CBP months count the previous month's figures as published in the following month; exact posting days were checked only where a dated release was found.",
    "DHS statements and FOIA records are not statistical products; they are shown because in 2025-26 they were the main public source of figures.",
  ],
  data: { dataset: "publication-calendar", version: "1.0.0", resource: "months" },
  legend: [
    { label: "New data (agency file or release)", swatch: "solid", color: palette.official },
    { label: "New data (known from reporting or FOIA)", swatch: "light", color: palette.estimate },
    { label: "Statement issued (claim)", swatch: "outline", color: palette.claim },
    { label: "Documented: no new data", swatch: "solid", color: palette.series[1] },
    { label: "Not known", swatch: "light", color: palette.muted },
    { label: "Not launched / not due", swatch: "outline", color: palette.muted },
  ],
  columns: [
    { key: "product_id", label: "Product" },
    { key: "month", label: "Month" },
    { key: "published", label: "New data?" },
    { key: "releases_in_month", label: "Releases known", unit: "releases" },
    { key: "evidence", label: "Evidence" },
    { key: "status", label: "Status" },
    { key: "source_id", label: "Source" },
  ],
  plot: ({ rows, narrow }) => {
    const months = [...new Set(rows.map((r) => String(r.month)))].sort();
    const label = (id: unknown) => (narrow ? SHORT.get(String(id)) : LABEL.get(String(id))) ?? String(id);
    return {
      height: narrow ? 330 : 310,
      marginTop: 26,
      marginLeft: narrow ? 128 : 236,
      marginRight: 8,
      marginBottom: 30,
      x: {
        type: "band",
        domain: months,
        label: null,
        padding: 0.08,
        tickFormat: (m: string) => (m.endsWith("-01") ? m.slice(0, 4) : ""),
        tickSize: 0,
      },
      y: { type: "band", domain: PRODUCTS.map(([id]) => id), tickFormat: label, label: null, padding: 0.12, tickSize: 0 },
      marks: [
        Plot.cell(rows, {
          x: "month",
          y: "product_id",
          fill,
          fillOpacity,
          stroke,
          strokeOpacity: (d: Row) => (d.published === "yes" ? 1 : 0.35),
          strokeWidth: (d: Row) => (d.published === "yes" ? 1.5 : 1),
          inset: 0.5,
          title: (d: Row) => `${label(d.product_id)}, ${d.month}: ${WORD[String(d.published)]}${d.releases_in_month ? ` (${d.releases_in_month} known)` : ""}`,
        }),
        Plot.ruleX(["2025-01"], { stroke: "currentColor", strokeOpacity: 0.6, dx: -3, strokeDasharray: "3,2" }),
        Plot.text(["2025-01"], { x: (d: string) => d, frameAnchor: "top", text: () => (narrow ? "Jan. 20, 2025" : "Inauguration, Jan. 20, 2025"), textAnchor: "start", dy: -12, dx: -2, fontSize: 10, fill: "currentColor" }),
      ],
    };
  },
});
