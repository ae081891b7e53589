import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// Row order and labels for the products in the calendar (official statistics first).
const PRODUCTS: [string, string][] = [
  ["ice-detention-statistics", "ICE detention workbooks"],
  ["ice-ero-dashboards", "ICE dashboards"],
  ["ice-annual-report", "ICE annual report"],
  ["ohss-monthly-tables", "OHSS monthly tables"],
  ["cbp-monthly-encounters", "CBP monthly figures"],
  ["ice-daily-arrest-posts", "ICE posts on X"],
  ["cbp-home-departures", "CBP Home counts"],
  ["dhs-running-totals", "DHS statements"],
  ["ice-foia-productions", "ICE FOIA records"],
];
const ORDER = new Map(PRODUCTS.map(([id], i) => [id, i]));
const SHORT = new Map(PRODUCTS);

// What a month's answer means, with the status where it changes the drawing (house convention: official solid,
// known from reporting or FOIA light, claim outlined).
function answer(published: unknown, status: unknown): string {
  if (published === "yes") return status === "claim" ? "Statement (claim)" : status === "estimate" ? "New data (reporting or FOIA)" : "New data (agency)";
  if (published === "no") return "No new data (documented)";
  if (published === "unknown") return "Not known";
  return published === "not-due" ? "No release due" : "Not yet launched";
}
const STYLE: [string, Record<string, string | number>][] = [
  ["New data (agency)", { fill: palette.official }],
  ["New data (reporting or FOIA)", { fill: palette.estimate }],
  ["Statement (claim)", { fill: "none", stroke: palette.claim, strokeWidth: 1.5 }],
  ["No new data (documented)", { fill: palette.series[1] }],
  ["Not known", { fill: palette.muted, fillOpacity: 0.25 }],
  ["No release due", { fill: "none", stroke: palette.muted, strokeOpacity: 0.4 }],
  ["Not yet launched", { fill: "none", stroke: palette.muted, strokeOpacity: 0.4 }],
];
const MONTH = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
/** "2025-09" → "Sept. 2025". */
function monthName(month: string): string {
  return `${MONTH[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
/** "2025-12" → "2026-01". */
function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}
/** Months of a run from `from` to `to` (inclusive) that fall in or after `start`. */
function monthsFrom(row: Row, start: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  const first = Math.max(index(String(row.from)), index(start));
  return Math.max(0, index(String(row.to)) - first + 1);
}

export default defineChart({
  id: "publication-calendar-grid",
  title: "Which official enforcement statistics appeared each month, January 2023 to October 2026",
  takeaway: (rows) => {
    const count = (product: string, value: string) => rows.filter((r) => r.product_id === product && r.published === value).reduce((sum, r) => sum + monthsFrom(r, "2025-01"), 0);
    return `From January 2025, ICE's statistics dashboards show ${count("ice-ero-dashboards", "no")} months with no new data and ${count("ice-ero-dashboards", "yes")} with an update, the OHSS monthly tables ${count("ohss-monthly-tables", "no")} months with no removals data, and ICE's detention workbooks ${count("ice-detention-statistics", "yes")} months with at least one release and ${count("ice-detention-statistics", "no")} with none, while DHS and ICE officials announced running totals in ${count("dhs-running-totals", "yes")} months.`;
  },
  notes: [
    "Each bar is a run of consecutive months in which one product had the same answer from the same source; 'not known' (pale grey) means no evidence was found either way, which is not a 'no'.",
    "ICE detention workbook months come from the dates in ICE's file names (ice-detention-releases dataset); a month without a file may be an archiving gap rather than a missed release, and the archive ends in April 2026.",
    "CBP months count the previous month's figures as published in the following month; exact posting days were checked only where a dated release was found.",
    "DHS statements and FOIA records are not statistical products; they are shown because in 2025-26 they were the main public source of figures.",
    "The table lists the bars; the publication-calendar dataset has one row per product and month, with the releases, evidence and source for each.",
  ],
  data: { dataset: "publication-calendar", version: "1.0.0", resource: "months" },
  // One row per run of consecutive months with the same answer, status and source (the drawing is one bar per run).
  transform: (rows) => {
    const sorted = [...rows].sort((a, b) => (ORDER.get(String(a.product_id)) ?? 99) - (ORDER.get(String(b.product_id)) ?? 99) || String(a.month).localeCompare(String(b.month)));
    const runs: Row[] = [];
    for (const r of sorted) {
      const last = runs.at(-1);
      if (last && last.product_id === r.product_id && last.published === r.published && last.status === r.status && last.source_id === r.source_id && nextMonth(String(last.to)) === r.month) {
        last.to = r.month;
        last.months = `${monthName(String(last.from))}–${monthName(String(r.month))}`;
      } else {
        runs.push({ product: SHORT.get(String(r.product_id)) ?? r.product_id, product_id: r.product_id, from: r.month, to: r.month, months: monthName(String(r.month)), published: r.published, answer: answer(r.published, r.status), status: r.status, source_id: r.source_id });
      }
    }
    return runs;
  },
  legend: [
    { label: "New data (agency file or release)", swatch: "solid", color: palette.official },
    { label: "New data (known from reporting or FOIA)", swatch: "light", color: palette.estimate },
    { label: "Statement issued (claim)", swatch: "outline", color: palette.claim },
    { label: "Documented: no new data", swatch: "solid", color: palette.series[1] },
    { label: "Not known", swatch: "light", color: palette.muted },
    { label: "Not launched / not due", swatch: "outline", color: palette.muted },
  ],
  columns: [
    { key: "product", label: "Product" },
    { key: "months", label: "Months" },
    { key: "answer", label: "New data?" },
  ],
  plot: ({ rows, narrow }) => {
    const x1 = (d: Row) => utcDate(String(d.from));
    const x2 = (d: Row) => utcDate(nextMonth(String(d.to)));
    const inaug = utcDate(events.inauguration2025.date);
    return {
      height: narrow ? 330 : 310,
      marginTop: 26,
      marginLeft: narrow ? 140 : 160,
      marginRight: 8,
      marginBottom: 30,
      x: { type: "utc", domain: [utcDate("2023-01"), utcDate("2026-11")], ticks: "year", tickFormat: "%Y", label: null },
      y: { type: "band", domain: PRODUCTS.map(([id]) => id), tickFormat: (id: string) => SHORT.get(id) ?? id, label: null, padding: 0.12, tickSize: 0 },
      // One mark per kind of answer, so each style is written once on its group rather than on every bar; the months
      // of each bar are in the table under the chart.
      marks: [
        ...STYLE.map(([kind, style]) =>
          Plot.barX(rows.filter((r) => r.answer === kind), { x1, x2, y: "product_id", insetLeft: 0.5, insetRight: 0.5, ...style }),
        ),
        Plot.ruleX([inaug], { stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "3,2" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => (narrow ? "Jan. 20, 2025" : "Inauguration, Jan. 20, 2025"), textAnchor: "start", dy: -12, dx: -2, fontSize: 10, fill: "currentColor" }),
      ],
    };
  },
});
