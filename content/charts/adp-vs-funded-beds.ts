import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { fy, palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// FY2026 appears in three workbooks; the chart uses the latest (data through 2026-04-04).
const LATEST_FY26 = "ice-detention-stats-fy26-2026-04-09";
const n = (v: unknown) => Number(v).toLocaleString("en-US");

export default defineChart({
  id: "adp-vs-funded-beds",
  title: "Average daily population in ICE detention vs. the detention bed level funded by Congress, FY2019 to FY2026",
  takeaway: (rows) => {
    const adp = (y: number) => rows.find((r) => r.measure === "Average daily population" && r.fiscal_year === y);
    const beds = (y: number) => rows.find((r) => r.measure === "Funded beds" && r.fiscal_year === y);
    return `ICE's average daily population was ${n(adp(2019)?.people)} in FY2019 against ${n(beds(2019)?.people)} funded beds, fell to ${n(adp(2021)?.people)} in FY2021 (data to ${adp(2021)?.as_of}), and reached ${n(adp(2025)?.people)} in FY2025 (to ${adp(2025)?.as_of}) against ${n(beds(2025)?.people)} funded beds; FY2026 to ${adp(2026)?.as_of} averaged ${n(adp(2026)?.people)}, with no annual funded-bed level found.`;
  },
  notes: [
    "Average daily population (bars): ICE's \"FY Overall\" figure, midnight detainee-days divided by days; FY2021, FY2022, FY2025 and FY2026 are fiscal-year-to-date averages from files that stop before September 30 (lighter bars; dates in the table).",
    "Funded beds (black ticks): the average daily population Congress funded, as stated by news outlets, a think tank and an advocacy group that relay appropriations documents (the explanatory statements were not read directly); no source we could check states the FY2020 or FY2026 level, so those years have no tick.",
    "Caveat: a funded bed level is a budget assumption, not a count of beds; ICE has paid for detention above it by moving money between accounts, and from July 2025 by multi-year reconciliation money.",
  ],
  data: [
    { dataset: "ice-detention", version: "1.0.0", resource: "adp-by-fiscal-year", filter: (r) => r.arresting_agency === "total" && (Number(r.fiscal_year) < 2026 || r.source_id === LATEST_FY26) },
    { dataset: "detention-capacity", version: "1.0.0", resource: "funded-beds", filter: (r) => Number(r.fiscal_year) >= 2019 },
  ],
  // One long table: each row is either an ADP figure or a funded-bed level for a fiscal year.
  transform: (rows) =>
    rows.map((r) => ("adp" in r
      ? { fiscal_year: r.fiscal_year, measure: "Average daily population", people: r.adp, period: r.period, as_of: r.as_of, status: r.status, source_id: r.source_id, note: r.note }
      : { fiscal_year: r.fiscal_year, measure: "Funded beds", people: r.funded_beds, period: "full_year", as_of: null, status: r.status, source_id: r.source_id, note: r.note })),
  legend: [
    { label: "Average daily population, full year", swatch: "solid", color: palette.official },
    { label: "Average daily population, year to date", swatch: "light", color: palette.official },
    { label: "Funded bed level", swatch: "line", color: "currentColor" },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "measure", label: "Measure" },
    { key: "people", label: "Value", unit: "people (average per day)" },
    { key: "period", label: "Period" },
    { key: "as_of", label: "Data through", format: "date" },
    { key: "source_id", label: "Source" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const adp = rows.filter((r) => r.measure === "Average daily population");
    const beds = rows.filter((r) => r.measure === "Funded beds" && r.people !== null);
    return {
      height: 320,
      marginLeft: 56,
      x: { type: "band", label: null, domain: [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], tickFormat: (d: number) => (narrow ? `FY${String(d).slice(2)}` : fy(d)), padding: 0.25 },
      y: { label: "People (average per day)", grid: true, domain: [0, 75000], tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.barY(adp, {
          x: "fiscal_year", y: "people", fill: palette.official, fillOpacity: (d: Row) => (d.period === "full_year" ? 1 : 0.45),
          title: (d: Row) => `${fy(Number(d.fiscal_year))} average daily population: ${n(d.people)}${d.period === "full_year" ? "" : ` (to ${d.as_of})`}`,
        }),
        Plot.tickY(beds, { x: "fiscal_year", y: "people", stroke: "currentColor", strokeWidth: 3, title: (d: Row) => `${fy(Number(d.fiscal_year))} funded beds: ${n(d.people)}` }),
        ...(narrow ? [] : [Plot.text(beds, { x: "fiscal_year", y: "people", text: (d: Row) => n(d.people), dy: -9, fontSize: 10, fill: "currentColor", stroke: "var(--bg)", strokeWidth: 3 })]),
        Plot.ruleY([0]),
      ],
    };
  },
});
