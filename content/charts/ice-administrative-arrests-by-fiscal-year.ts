import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { fy, palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");

export default defineChart({
  id: "ice-administrative-arrests-by-fiscal-year",
  title: "ICE administrative arrests by fiscal year, with the at-large subset, FY2017 to FY2025",
  takeaway: (rows) => {
    const have = rows.filter((r) => r.administrative_arrests !== null);
    const max = have.reduce((m, r) => (Number(r.administrative_arrests) > Number(m.administrative_arrests) ? r : m));
    const last = have[have.length - 1];
    return `ICE reported between ${fmt(Math.min(...have.map((r) => Number(r.administrative_arrests))))} and ${fmt(max.administrative_arrests)} administrative arrests a year from FY2017 to FY${last.fiscal_year} (${fmt(last.administrative_arrests)} in FY${last.fiscal_year}, ${fmt(last.at_large_arrests)} of them at large); it has published no FY2025 total.`;
  },
  notes: [
    "Definition: civil immigration arrests by ICE Enforcement and Removal Operations, as given in ICE's annual reports. They exclude Border Patrol arrests and are not the same as book-ins into detention.",
    "At-large arrests are arrests made in the community rather than on transfer from jails or prisons; among these years ICE published the subset only for FY2024.",
    "FY2025 is empty, not zero: ICE has released no annual arrest figure; the 2025 figures that exist are claims or independent estimates for other periods (see the next chart).",
    "FY2018 is read in an American Immigration Council summary of ICE's report and FY2019 in a news report of ICE's statement, because ICE's own documents for those years are not in our sources; the other years rest on ICE's pages and releases.",
  ],
  data: { dataset: "ice-arrests", version: "1.0.0", resource: "arrests-by-fiscal-year" },
  legend: [
    { label: "Administrative arrests (official)", swatch: "solid", color: palette.official },
    { label: "Of which at-large (official)", swatch: "solid", color: palette.series[2] },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "administrative_arrests", label: "Administrative arrests", unit: "arrests" },
    { key: "at_large_arrests", label: "At-large arrests", unit: "arrests" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows }) => {
    const years = rows.map((r) => Number(r.fiscal_year));
    const have = rows.filter((r) => r.administrative_arrests !== null);
    const atLarge = rows.filter((r) => r.at_large_arrests !== null);
    const missing = rows.filter((r) => r.status === "missing");
    return {
      height: 300,
      marginLeft: 60,
      x: { type: "band", domain: years, label: null, tickFormat: (d: number) => fy(d).replace("FY20", "FY"), tickSize: 0, padding: 0.2 },
      y: { label: "Arrests", grid: true, ticks: 5, tickFormat: (d: number) => (d === 0 ? "0" : `${d / 1000}k`) },
      marks: [
        Plot.barY(have, { x: "fiscal_year", y: "administrative_arrests", fill: palette.official, title: (d: Row) => `${fy(Number(d.fiscal_year))}: ${fmt(d.administrative_arrests)} administrative arrests` }),
        Plot.barY(atLarge, { x: "fiscal_year", y: "at_large_arrests", fill: palette.series[2], insetLeft: 8, insetRight: 8, title: (d: Row) => `${fy(Number(d.fiscal_year))}: ${fmt(d.at_large_arrests)} at-large arrests` }),
        Plot.text(missing, { x: "fiscal_year", y: 0, text: () => "not published", rotate: -90, textAnchor: "start", dx: -4, fontSize: 10, fill: palette.muted }),
        Plot.ruleY([0]),
      ],
    };
  },
});
