import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// FY2026 months appear in three workbooks; the chart uses the latest (data through 2026-04-04).
const LATEST_FY26 = "ice-detention-stats-fy26-2026-04-09";
const AGENCIES = [
  { column: "ice_book_ins", label: "Arrested by ICE", color: palette.series[1] },
  { column: "cbp_book_ins", label: "Arrested by CBP", color: palette.series[2] },
];
const n = (v: unknown) => Number(v).toLocaleString("en-US");
const monthName = (ym: string) => utcDate(ym).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

export default defineChart({
  id: "book-ins-by-arresting-agency-monthly",
  title: "Initial book-ins into ICE detention by arresting agency (ICE or CBP), by month, October 2018 to March 2026",
  takeaway: (rows) => {
    const have = rows.filter((r) => r.ice_book_ins !== null && r.cbp_book_ins !== null);
    const iceLeads = (r: Row) => Number(r.ice_book_ins) > Number(r.cbp_book_ins);
    const before = have.filter((r) => String(r.month) < "2025-01");
    const cbpLed = before.filter((r) => !iceLeads(r)).length;
    let start = have.length - 1;
    while (start > 0 && iceLeads(have[start - 1])) start--;
    const last = have[have.length - 1];
    return `Arrests by CBP accounted for most initial book-ins into ICE detention in ${cbpLed} of the ${before.length} charted months before January 2025 (ICE's own arrests led from January 2020 to January 2021); ICE arrests have led in every charted month since ${monthName(String(have[start].month))}, with ${n(last.ice_book_ins)} of ${n(Number(last.ice_book_ins) + Number(last.cbp_book_ins))} book-ins in ${monthName(String(last.month))}.`;
  },
  notes: [
    "Definition: initial book-ins into ICE detention as counted in ICE's detention statistics workbooks, by the agency whose program made the arrest; book-ins are not arrests, and CBP-arrested people are those handed to ICE for detention.",
    "Gaps: September 2021, September 2022 and September 2025 are left blank because the workbooks read here stop partway through those months (on the 11th, 24th and 20th); April 2026 (4 days) is not shown.",
    "FY2026 months are taken from the workbook posted 2026-04-09; earlier FY2026 workbooks report slightly different values for the same months, and all are kept in the dataset.",
    "The vertical line marks the January 20, 2025 inauguration.",
  ],
  data: {
    dataset: "ice-detention", version: "1.0.0", resource: "book-ins-by-month",
    filter: (r) => r.arresting_agency !== "total" && (Number(r.fiscal_year) < 2026 || r.source_id === LATEST_FY26),
  },
  // One row per month with both agencies' book-ins; partial months become empty values so the lines break there.
  transform: (rows) => {
    const months = new Map<string, Row>();
    for (const r of rows) {
      if (String(r.month) >= "2026-04") continue;
      const row = months.get(String(r.month)) ?? { month: r.month, fiscal_year: r.fiscal_year, ice_book_ins: null, cbp_book_ins: null, days_covered: r.days_covered, status: r.status, source_id: r.source_id };
      row[r.arresting_agency === "ICE" ? "ice_book_ins" : "cbp_book_ins"] = r.month_complete ? r.book_ins : null;
      months.set(String(r.month), row);
    }
    return [...months.values()];
  },
  legend: AGENCIES.map((a) => ({ label: a.label, swatch: "line" as const, color: a.color })),
  columns: [
    { key: "month", label: "Month" },
    { key: "ice_book_ins", label: "Arrested by ICE", unit: "book-ins" },
    { key: "cbp_book_ins", label: "Arrested by CBP", unit: "book-ins" },
    { key: "days_covered", label: "Days covered", unit: "days" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const x = (d: Row) => utcDate(String(d.month));
    const inaug = utcDate(events.inauguration2025.date);
    return {
      height: 340,
      marginLeft: 56,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: { label: "Initial book-ins per month", grid: true, ticks: 5, tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX([inaug], { stroke: palette.muted, strokeDasharray: "2,3" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => events.inauguration2025.label, textAnchor: "end", dx: -4, dy: 4, fill: palette.muted, fontSize: 11 }),
        // One line per agency (no dots: about 90 months each); the data table gives every month's value.
        ...AGENCIES.map((a) => Plot.lineY(rows, { x, y: a.column, stroke: a.color, strokeWidth: 2 })),
      ],
    };
  },
});
