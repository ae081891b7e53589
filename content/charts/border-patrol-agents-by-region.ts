import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { fy, palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const REGIONS = ["southwest_border_sectors", "northern_border_sectors", "coastal_border_sectors"];
const NAME: Record<string, string> = { southwest_border_sectors: "Southwest border sectors", northern_border_sectors: "Northern border sectors", coastal_border_sectors: "Coastal border sectors", nationwide_total: "Nationwide total" };

export default defineChart({
  id: "border-patrol-agents-by-region",
  title: "U.S. Border Patrol agents on board by border region, FY1992–FY2019 (CBP)",
  takeaway: (rows) => {
    const peak = rows.reduce((m, r) => (Number(r.nationwide_total) > Number(m.nationwide_total) ? r : m), rows[0]);
    const last = rows.find((r) => r.fiscal_year === 2019);
    return `Border Patrol agents rose from ${Number(rows[0].nationwide_total).toLocaleString("en-US")} in FY1992 to a peak of ${Number(peak.nationwide_total).toLocaleString("en-US")} in FY${peak.fiscal_year}, then fell to ${Number(last?.nationwide_total).toLocaleString("en-US")} in FY2019, most of them in Southwest border sectors.`;
  },
  notes: [
    "Definition: agents on board at fiscal-year end, from CBP's 'U.S. Border Patrol Fiscal Year Staffing Statistics (FY 1992 - FY 2019)'.",
    "The nationwide total (line) includes agents not assigned to a border sector, so it sits above the stacked regions.",
    "CBP's table ends with FY2019; no later official series was found.",
  ],
  data: { dataset: "border-patrol-staffing", version: "1.0.0", resource: "regional-totals" },
  // One row per fiscal year, one column per region (the dataset has one row per year and region).
  transform: (rows) => {
    const years = new Map<number, Row>();
    for (const r of rows) {
      const row = years.get(Number(r.fiscal_year)) ?? { fiscal_year: r.fiscal_year, status: r.status, source_id: r.source_id };
      row[String(r.region)] = r.agents;
      years.set(Number(r.fiscal_year), row);
    }
    return [...years.values()];
  },
  legend: [
    ...REGIONS.map((r, i) => ({ label: NAME[r], swatch: "solid" as const, color: palette.series[i] })),
    { label: NAME.nationwide_total, swatch: "line" as const, color: palette.official },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    ...[...REGIONS, "nationwide_total"].map((key) => ({ key, label: NAME[key], unit: "agents" })),
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const stack = rows.flatMap((r) => REGIONS.map((region) => ({ fiscal_year: r.fiscal_year, region, agents: r[region] })));
    return {
      height: 320,
      marginLeft: 55,
      x: { label: "Fiscal year", tickFormat: fy, ticks: narrow ? 4 : 8 },
      y: { label: "Agents", grid: true, tickFormat: (d: number) => d.toLocaleString("en-US") },
      color: { domain: REGIONS, range: REGIONS.map((_, i) => palette.series[i]) },
      marks: [
        // One area per region, one line for the total; the data table gives every year's values.
        Plot.areaY(stack, { x: "fiscal_year", y: "agents", fill: "region", order: REGIONS }),
        Plot.lineY(rows, { x: "fiscal_year", y: "nationwide_total", stroke: palette.official, strokeWidth: 2 }),
        Plot.ruleY([0]),
      ],
    };
  },
});
