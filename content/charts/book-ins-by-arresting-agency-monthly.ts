import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// FY2026 months appear in three workbooks; the chart uses the latest (data through 2026-04-04).
const LATEST_FY26 = "ice-detention-stats-fy26-2026-04-09";
const AGENCIES = [
  { key: "ICE", label: "Arrested by ICE", color: palette.series[1] },
  { key: "CBP", label: "Arrested by CBP", color: palette.series[2] },
];
const n = (v: unknown) => Number(v).toLocaleString("en-US");
const monthName = (ym: string) => utcDate(ym).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

export default defineChart({
  id: "book-ins-by-arresting-agency-monthly",
  title: "Initial book-ins into ICE detention by arresting agency (ICE or CBP), by month, October 2018 to March 2026",
  takeaway: (rows) => {
    const byMonth = new Map<string, { ICE?: number; CBP?: number }>();
    for (const r of rows) if (r.book_ins !== null) byMonth.set(String(r.month), { ...byMonth.get(String(r.month)), [String(r.arresting_agency)]: Number(r.book_ins) });
    const months = [...byMonth.keys()].sort();
    const iceLeads = (m: string) => (byMonth.get(m)!.ICE ?? 0) > (byMonth.get(m)!.CBP ?? 0);
    const before = months.filter((m) => m < "2025-01");
    const cbpLed = before.filter((m) => !iceLeads(m)).length;
    let start = months.length - 1;
    while (start > 0 && iceLeads(months[start - 1])) start--;
    const last = months[months.length - 1];
    const l = byMonth.get(last)!;
    return `Arrests by CBP accounted for most initial book-ins into ICE detention in ${cbpLed} of the ${before.length} charted months before January 2025 (ICE's own arrests led from January 2020 to January 2021); ICE arrests have led in every charted month since ${monthName(months[start])}, with ${n(l.ICE)} of ${n((l.ICE ?? 0) + (l.CBP ?? 0))} book-ins in ${monthName(last)}.`;
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
  // Partial months become explicit empty rows so the lines break there instead of joining across the gap.
  transform: (rows) =>
    rows.map((r) =>
      r.month_complete
        ? r
        : { ...r, book_ins: null, note: `Left blank: partial month (${r.days_covered} days) in the workbook read. ${r.note ?? ""}`.trim() },
    ).filter((r) => !(r.book_ins === null && String(r.month) >= "2026-04")),
  legend: AGENCIES.map((a) => ({ label: a.label, swatch: "line" as const, color: a.color })),
  columns: [
    { key: "month", label: "Month" },
    { key: "arresting_agency", label: "Arresting agency" },
    { key: "book_ins", label: "Initial book-ins", unit: "book-ins" },
    { key: "source_id", label: "Workbook (source)" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const x = (d: Row) => utcDate(String(d.month));
    const inaug = utcDate(events.inauguration2025.date);
    return {
      height: 340,
      marginLeft: 56,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: { label: "Initial book-ins per month", grid: true, tickFormat: (d: number) => d.toLocaleString("en-US") },
      color: { domain: AGENCIES.map((a) => a.key), range: AGENCIES.map((a) => a.color) },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX([inaug], { stroke: palette.muted, strokeDasharray: "2,3" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => events.inauguration2025.label, textAnchor: "end", dx: -4, dy: 4, fill: palette.muted, fontSize: 11 }),
        Plot.line(rows, { x, y: "book_ins", z: "arresting_agency", stroke: "arresting_agency", strokeWidth: 2 }),
        Plot.dot(rows.filter((d) => d.book_ins !== null), { x, y: "book_ins", fill: "arresting_agency", r: 1.5, title: (d: Row) => `${d.month}, arrested by ${d.arresting_agency}: ${n(d.book_ins)} book-ins` }),
      ],
    };
  },
});
