import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// Claims that give ICE's part only (the rest are DHS-wide totals); CBP-only parts are left out of the chart.
const ICE_PART = new Set(["2025-08-29-dhs-ice-199600", "2025-10-27-dhs-364800-ice"]);
const CBP_PART = new Set(["2025-10-27-dhs-162200-cbp"]);
const SERIES = {
  dhs: "DHS total 'deportations' (claim)",
  icePart: "ICE part of DHS total (claim)",
  official: "ICE removals, FY to date (official)",
  sinceJan: "Independent count of ICE removals",
  period: "Independent estimate, calendar 2025",
} as const;
const n = (v: unknown) => Number(v).toLocaleString("en-US");
// Claims labelled with their figure on the wide chart (others are close enough to overlap).
const LABELLED = new Set(["2025-04-28-dhs-100-days-deportations", "2025-09-23-dhs-400000-deported", "2025-10-27-dhs-527000-deported", "2025-12-10-dhs-605000-deported"]);

export default defineChart({
  id: "deportation-claims-vs-removal-counts",
  title: "DHS's announced 'deportations' since January 20, 2025, beside ICE's own removal figures and independent counts, 2025",
  takeaway: (rows) => {
    const claim = (id: string) => rows.find((r) => r.row_id === id);
    const check = (id: string) => rows.find((r) => r.row_id === id);
    return `DHS's announced total rose from ${n(claim("2025-04-28-dhs-100-days-deportations")?.figure)} (April 28) to ${n(claim("2025-12-10-dhs-605000-deported")?.figure)} (December 10), while ICE's own workbook gave ${n(check("ice-removals-fy2025-ytd-0920")?.figure)} removals for the fiscal year to September 20, TRAC counted ${n(check("trac-removals-since-jan20-1115")?.figure)} ICE removals from January 20 to November 15, and Brookings and AEI estimated ${n(check("brookings-removals-2025")?.figure)} to ${n(check("brookings-removals-2025")?.figure_high)} removals in calendar 2025.`;
  },
  notes: [
    "Claims (outlined) are DHS figures with no published method; DHS did not say which actions its 'deportations' include, and its CBP part (for example 162,200 of 527,000 on October 27) was never published.",
    "Period caveat: ICE's fiscal-year-to-date figure (solid) starts on October 1, 2024, so it includes almost four months before the inauguration; the Brookings and AEI range covers calendar 2025; the other independent counts start in late January 2025.",
    "The American Immigration Council's end-of-October figure is a projection ('probably closer to 260,000'), and NOTUS's 65,000 is the part it could trace in public ICE data, not a full count.",
    "Each point sits at the date the figure runs to; ranges are drawn as vertical bars.",
  ],
  data: [
    { dataset: "official-claims", version: "1.0.0", resource: "claims", filter: (r) => r.metric === "deported" && !CBP_PART.has(String(r.claim_id)) },
    { dataset: "official-claims", version: "1.0.0", resource: "checks", filter: (r) => r.metric === "removals" && r.status !== "missing" && String(r.as_of).startsWith("2025") },
  ],
  // Claims and checks in one shape: each row dated to the day its figure runs to, and assigned to a series.
  transform: (rows) =>
    rows.map((r) => {
      const claim = "claim_id" in r;
      const series = claim ? (ICE_PART.has(String(r.claim_id)) ? SERIES.icePart : SERIES.dhs) : r.status === "official" ? SERIES.official : String(r.period_start ?? "") >= "2025-01-20" ? SERIES.sinceJan : SERIES.period;
      return { row_id: claim ? r.claim_id : r.check_id, date: claim ? (r.period_end ?? r.date) : r.as_of, series, figure: r.figure, figure_high: claim ? null : r.figure_high, qualifier: claim ? r.qualifier : "", period: r.period_label, source_id: r.source_id };
    }),
  legend: [
    { label: "DHS total 'deportations' (claim)", swatch: "outline", color: palette.claim },
    { label: "ICE part of DHS totals (claim)", swatch: "outline", color: palette.series[3] },
    { label: "ICE removals, fiscal year to date (official)", swatch: "solid", color: palette.official },
    { label: "Independent counts and estimates", swatch: "light", color: palette.estimate },
  ],
  columns: [
    { key: "date", label: "Figure runs to", format: "date" },
    { key: "series", label: "Series" },
    { key: "figure", label: "Figure", unit: "deportations or removals" },
    { key: "figure_high", label: "High end of range" },
    { key: "qualifier", label: "Qualifier" },
    { key: "period", label: "Period covered" },
  ],
  plot: ({ rows, narrow }) => {
    const x = (d: Row) => utcDate(String(d.date));
    const dhs = rows.filter((r) => r.series === SERIES.dhs).sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const icePart = rows.filter((r) => r.series === SERIES.icePart);
    const official = rows.filter((r) => r.series === SERIES.official);
    const estimates = rows.filter((r) => r.series === SERIES.sinceJan || r.series === SERIES.period);
    const ranges = estimates.filter((r) => r.figure_high !== null);
    const inaug = utcDate(events.inauguration2025.date);
    const at = { x, y: "figure" };
    // Labels drawn over a halo of the page colour, so they stay legible where they cross a line.
    const halo = { fontSize: 10, stroke: "var(--bg)", strokeWidth: 3 };
    return {
      height: 360,
      marginLeft: 60,
      marginRight: narrow ? 12 : 70,
      x: { type: "utc", label: null, domain: [utcDate("2025-01-01"), utcDate("2026-01-10")], ticks: narrow ? 4 : 7 },
      y: { label: "Deportations or removals (cumulative)", grid: true, domain: [0, 700000], ticks: [0, 200000, 400000, 600000], tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX([inaug], { stroke: palette.muted, strokeDasharray: "2,3" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => events.inauguration2025.label, textAnchor: "start", dx: 4, dy: 4, fill: palette.muted, fontSize: 11 }),
        Plot.line(dhs, { ...at, stroke: palette.claim, strokeDasharray: "4,3", strokeOpacity: 0.7 }),
        Plot.dot(dhs, { ...at, r: 4.5, stroke: palette.claim, strokeWidth: 1.5, fill: "none" }),
        ...(narrow ? [] : [Plot.text(dhs.filter((d) => LABELLED.has(String(d.row_id))), { ...at, text: (d: Row) => n(d.figure), dy: -12, dx: -4, textAnchor: "end", fill: palette.claim, ...halo })]),
        Plot.dot(icePart, { ...at, r: 5, symbol: "diamond", stroke: palette.series[3], strokeWidth: 1.5, fill: "none" }),
        Plot.ruleX(ranges, { x, y1: "figure", y2: "figure_high", stroke: palette.estimate, strokeWidth: 6 }),
        Plot.dot(estimates.filter((r) => r.figure_high === null), { ...at, r: 4, fill: palette.estimate, symbol: (d: Row) => (d.series === SERIES.period ? "square" : "circle") }),
        Plot.dot(official, { ...at, r: 5, fill: palette.official, symbol: "square" }),
        ...(narrow ? [] : [Plot.text(official, { ...at, text: (d: Row) => `ICE FY2025 to date: ${n(d.figure)}`, dx: 8, textAnchor: "start", fill: palette.official, ...halo })]),
      ],
    };
  },
});
