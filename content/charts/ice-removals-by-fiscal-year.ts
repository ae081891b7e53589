import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { fy, fyShort, palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";
import { formatDate } from "../../src/lib/format/numbers.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");

export default defineChart({
  id: "ice-removals-by-fiscal-year",
  title: "ICE removals by fiscal year, FY2005 to FY2026 to date",
  takeaway: (rows) => {
    const official = rows.filter((r) => r.headline === true && r.status === "official");
    const full = official.filter((r) => r.period === "full_year");
    const peak = full.reduce((m, r) => (Number(r.removals) > Number(m.removals) ? r : m), full[0]);
    const fy24 = full.find((r) => r.fiscal_year === 2024);
    const fy25 = official.find((r) => r.fiscal_year === 2025);
    const fy26 = official.find((r) => r.fiscal_year === 2026);
    return `ICE's highest annual count was ${fmt(peak.removals)} in FY${peak.fiscal_year}; it reported ${fmt(fy24?.removals)} in FY2024, ${fmt(fy25?.removals)} in FY2025 up to ${formatDate(String(fy25?.as_of))} (no full-year figure published) and ${fmt(fy26?.removals)} in FY2026 up to ${formatDate(String(fy26?.as_of))}.`;
  },
  notes: [
    "Definition: removals carried out by ICE Enforcement and Removal Operations, including returns (voluntary returns, voluntary departures, withdrawals) and, in some years, expulsions; events, not unique people.",
    "One bar per year: ICE's annual report, year-end page or release where we verified one, otherwise its detention-statistics workbook. Lighter bars are partial years that run only to the date printed above them.",
    "FY2005 to FY2009 (paler bars) are TRAC's tabulation of figures ICE released, labelled estimates. FY2010 and FY2012 are ICE's announced totals as reported by the Associated Press, and FY2018 is read in an American Immigration Council summary of ICE's report, because ICE's own documents for those years are not in our sources.",
    "The tick in FY2024 is the Deportation Data Project's count of FY2024 records in ICE's FOIA data, which differs from ICE's annual figure.",
    "FY2016 is a gap: no verifiable figure was found in our sources. No full-year FY2025 figure has been published.",
    "From May 12, 2023 ICE also counts people processed by Border Patrol and handed to ICE for removal flights.",
  ],
  data: { dataset: "ice-removals", version: "1.0.0", resource: "removals", filter: (r) => r.headline === true || r.source_id === "ddp-update-ice-removals-2025-09-29" },
  legend: [
    { label: "ICE figure, full year", swatch: "solid", color: palette.official },
    { label: "ICE figure, partial year (to date shown)", swatch: "light", color: palette.official },
    { label: "TRAC tabulation of ICE figures (estimate)", swatch: "light", color: palette.estimate },
    { label: "Independent count of ICE records", swatch: "line", color: palette.series[1] },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "removals", label: "Removals", unit: "removals" },
    { key: "period", label: "Period" },
    { key: "as_of", label: "Data as of", format: "date" },
    { key: "qualifier", label: "As stated" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const bars = rows.filter((r) => r.headline === true && r.removals !== null);
    const others = rows.filter((r) => r.headline !== true && r.removals !== null);
    const partial = bars.filter((r) => r.period === "fiscal_year_to_date");
    const missing = rows.filter((r) => r.headline === true && r.status === "missing");
    const years = Array.from({ length: 22 }, (_, i) => 2005 + i);
    return {
      height: 340,
      marginLeft: 60,
      marginTop: 30,
      x: { type: "band", domain: years, label: null, ticks: years.filter((d) => d % (narrow ? 5 : 2) === 0), tickFormat: fyShort, tickSize: 0, padding: 0.15 },
      y: { label: "Removals", grid: true, domain: [0, 450000], ticks: 5, tickFormat: (d: number) => (d === 0 ? "0" : `${d / 1000}k`) },
      marks: [
        // One bar mark per kind (TRAC estimate, full year, partial year), so each kind's fill is written once.
        ...[
          { fill: palette.estimate, fillOpacity: 1, keep: (d: Row) => d.status === "estimate" },
          { fill: palette.official, fillOpacity: 1, keep: (d: Row) => d.status !== "estimate" && d.period !== "fiscal_year_to_date" },
          { fill: palette.official, fillOpacity: 0.45, keep: (d: Row) => d.status !== "estimate" && d.period === "fiscal_year_to_date" },
        ].map(({ keep, ...style }) =>
          Plot.barY(bars.filter(keep), {
            x: "fiscal_year",
            y: "removals",
            ...style,
            title: (d: Row) => `${fy(Number(d.fiscal_year))}: ${fmt(d.removals)} removals${d.period === "fiscal_year_to_date" ? ` (to ${d.as_of})` : ""}${d.status === "estimate" ? " (TRAC tabulation)" : ""}`,
          }),
        ),
        Plot.tickY(others, { x: "fiscal_year", y: "removals", stroke: palette.series[1], strokeWidth: 2.5, title: (d: Row) => `${fy(Number(d.fiscal_year))}: ${d.qualifier === "about" ? "about " : ""}${fmt(d.removals)} (${d.status}, ${d.source_id})` }),
        Plot.text(partial, { x: "fiscal_year", y: "removals", text: (d: Row) => `to ${formatDate(String(d.as_of)).replace(/, \d{4}$/, "").replace(/^(\w{3})\w*/, "$1")}`, dy: -8, fontSize: 9, fill: palette.muted }),
        Plot.text(missing, { x: "fiscal_year", y: 0, text: () => "no figure", rotate: -90, textAnchor: "start", dy: 3, dx: -4, fontSize: 9, fill: palette.muted }),
        Plot.ruleY([0]),
      ],
    };
  },
});
