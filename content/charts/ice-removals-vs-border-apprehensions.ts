import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";
import { formatDate } from "../../src/lib/format/numbers.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");
const series = (r: Row) => (r.removals !== undefined ? "ICE removals" : "Border Patrol Southwest apprehensions/encounters");

export default defineChart({
  id: "ice-removals-vs-border-apprehensions",
  title: "ICE removals and Border Patrol Southwest border apprehensions by fiscal year, FY2005 to FY2025",
  takeaway: (rows) => {
    const ice = new Map(rows.filter((r) => r.removals !== undefined && r.removals !== null).map((r) => [Number(r.fiscal_year), Number(r.removals)]));
    const bp = new Map(rows.filter((r) => r.encounters !== undefined).map((r) => [Number(r.fiscal_year), Number(r.encounters)]));
    const iceHigher = [...ice.keys()].filter((y) => bp.has(y) && ice.get(y)! > bp.get(y)!).sort();
    const ice25 = rows.find((r) => r.removals !== undefined && r.fiscal_year === 2025);
    const bp25 = rows.find((r) => r.encounters !== undefined && r.fiscal_year === 2025);
    return `ICE's removals exceeded Border Patrol's Southwest border apprehensions only in ${iceHigher.map((y) => `FY${y}`).join(", ")}; in FY2025 ICE reported ${fmt(ice25?.removals)} removals to ${formatDate(String(ice25?.as_of))} against ${fmt(bp25?.encounters)} apprehensions to ${formatDate(String(bp25?.as_of))}.`;
  },
  notes: [
    "Two different counts by two agencies: ICE removals (events of removal or return carried out by ICE, including people first arrested at the border by CBP) and Border Patrol apprehensions or encounters between ports of entry on the Southwest border.",
    "ICE removals are not all from the interior: in FY2014, 213,719 of 315,943 ICE removals were of people apprehended at or near the border.",
    "FY2025 points are partial: ICE to 2025-09-20, Border Patrol to 2025-08-31. FY2016 ICE removals are a gap (no verified figure). Border figures to FY2024 are rounded to the nearest 10.",
  ],
  data: [
    { dataset: "ice-removals", version: "1.0.0", resource: "removals", filter: (r) => r.headline === true && Number(r.fiscal_year) <= 2025 },
    {
      dataset: "border-encounters",
      version: "1.0.0",
      resource: "usbp-southwest-by-fiscal-year",
      filter: (r) => Number(r.fiscal_year) >= 2005 && ((r.source_id === "ohss-khsm-usbp-encounters-fy25m11" && r.period === "full_year") || (r.source_id === "cbp-sw-land-border-encounters-fy22-fy25aug" && r.fiscal_year === 2025)),
    },
  ],
  legend: [
    { label: "ICE removals", swatch: "line", color: palette.series[0] },
    { label: "Border Patrol Southwest apprehensions/encounters", swatch: "line", color: palette.series[1] },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "removals", label: "ICE removals", unit: "removals" },
    { key: "encounters", label: "Border Patrol SW apprehensions/encounters", unit: "events" },
    { key: "period", label: "Period" },
    { key: "as_of", label: "Data as of", format: "date" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const points = rows.map((r) => ({ year: Number(r.fiscal_year), value: r.removals !== undefined ? r.removals : r.encounters, series: series(r), partial: r.period === "fiscal_year_to_date" }));
    return {
      height: 340,
      marginLeft: 60,
      x: { label: null, domain: [2004.6, 2025.4], tickFormat: (d: number) => `FY${String(d).slice(-2)}`, ticks: narrow ? 4 : 10 },
      y: { type: "log", label: "Per year (log scale)", grid: true, domain: [40000, 2500000], tickFormat: (d: number) => (d >= 1e6 ? `${d / 1e6}M` : `${d / 1000}k`), ticks: 5 },
      color: { domain: ["ICE removals", "Border Patrol Southwest apprehensions/encounters"], range: [palette.series[0], palette.series[1]] },
      marks: [
        Plot.lineY(points, { x: "year", y: "value", stroke: "series", strokeWidth: 2 }),
        Plot.dot(points.filter((p) => p.value !== null), { x: "year", y: "value", stroke: "series", fill: (d: { partial: boolean; series: string }) => (d.partial ? "none" : d.series), r: 3 }),
      ],
    };
  },
});
