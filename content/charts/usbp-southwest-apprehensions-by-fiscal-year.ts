import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { fy, fyShort, palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";
import { formatDate } from "../../src/lib/format/numbers.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");

export default defineChart({
  id: "usbp-southwest-apprehensions-by-fiscal-year",
  title: "Border Patrol apprehensions and encounters at the Southwest border by fiscal year, FY2000 to FY2025",
  takeaway: (rows) => {
    const full = rows.filter((r) => r.period === "full_year");
    const max = full.reduce((m, r) => (Number(r.encounters) > Number(m.encounters) ? r : m));
    const fy25 = rows.find((r) => r.fiscal_year === 2025);
    return `Border Patrol recorded about ${fmt(max.encounters)} Southwest border encounters in FY${max.fiscal_year}, the highest in a series that starts in FY2000; in FY2025 it recorded ${fmt(fy25?.encounters)} from October 2024 to ${formatDate(String(fy25?.as_of))}.`;
  },
  notes: [
    "Definition: Border Patrol arrests between ports of entry on the Southwest land border. Before FY2020 these are Title 8 apprehensions; from March 2020 to May 11, 2023 encounters also include Title 42 expulsions. Events, not people.",
    "FY2000 to FY2024: OHSS Key Homeland Security Metrics, rounded to the nearest 10. FY2025 (lighter bar): our sum of CBP's monthly file, October 2024 to August 2025 only; September 2025 is not in our sources.",
    "Repeat crossings inflate encounter counts, most of all under Title 42, when expelled people could try again without consequences under Title 8.",
  ],
  data: {
    dataset: "border-encounters",
    version: "1.0.0",
    resource: "usbp-southwest-by-fiscal-year",
    filter: (r) => (r.source_id === "ohss-khsm-usbp-encounters-fy25m11" && r.period === "full_year") || (r.source_id === "cbp-sw-land-border-encounters-fy22-fy25aug" && r.fiscal_year === 2025),
  },
  legend: [
    { label: "Full year (official)", swatch: "solid", color: palette.official },
    { label: "Partial year (official, to Aug. 2025)", swatch: "light", color: palette.official },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "encounters", label: "Apprehensions or encounters", unit: "events" },
    { key: "measure", label: "Measure" },
    { key: "period", label: "Period" },
    { key: "as_of", label: "Data as of", format: "date" },
    { key: "rounding", label: "Rounding" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 320,
    marginLeft: 60,
    x: { type: "band", label: null, ticks: rows.map((r) => Number(r.fiscal_year)).filter((d) => d % (narrow ? 5 : 2) === 0), tickFormat: fyShort, tickSize: 0, padding: 0.15 },
    y: { label: "Apprehensions / encounters", grid: true, ticks: 5, tickFormat: (d: number) => (d >= 1e6 ? `${d / 1e6}M` : d === 0 ? "0" : `${d / 1000}k`) },
    marks: [
      // Full years solid, the partial year lighter: one mark each, so the opacity is written once.
      ...[1, 0.45].map((fillOpacity) =>
        Plot.barY(rows.filter((d) => (d.period === "fiscal_year_to_date") === (fillOpacity < 1)), {
          x: "fiscal_year",
          y: "encounters",
          fill: palette.official,
          fillOpacity,
          title: (d: Row) => `${fy(Number(d.fiscal_year))}: ${fmt(d.encounters)} ${d.measure}${d.period === "fiscal_year_to_date" ? ` (to ${d.as_of})` : ""}`,
        }),
      ),
      Plot.ruleY([0]),
    ],
  }),
});
