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
    const nat = rows.filter((r) => r.region === "nationwide_total");
    const peak = nat.reduce((m, r) => (Number(r.agents) > Number(m.agents) ? r : m), nat[0]);
    const last = nat.find((r) => r.fiscal_year === 2019);
    return `Border Patrol agents rose from ${Number(nat[0].agents).toLocaleString("en-US")} in FY1992 to a peak of ${Number(peak.agents).toLocaleString("en-US")} in FY${peak.fiscal_year}, then fell to ${Number(last?.agents).toLocaleString("en-US")} in FY2019, most of them in Southwest border sectors.`;
  },
  notes: [
    "Definition: agents on board at fiscal-year end, from CBP's 'U.S. Border Patrol Fiscal Year Staffing Statistics (FY 1992 - FY 2019)'.",
    "The nationwide total (line) includes agents not assigned to a border sector, so it sits above the stacked regions.",
    "CBP's table ends with FY2019; no later official series was found.",
  ],
  data: { dataset: "border-patrol-staffing", version: "1.0.0", resource: "regional-totals" },
  legend: [
    ...REGIONS.map((r, i) => ({ label: NAME[r], swatch: "solid" as const, color: palette.series[i] })),
    { label: NAME.nationwide_total, swatch: "line" as const, color: palette.official },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "region", label: "Region" },
    { key: "agents", label: "Agents", unit: "agents" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const stack = rows.filter((r) => r.region !== "nationwide_total");
    const nat = rows.filter((r) => r.region === "nationwide_total");
    return {
      height: 320,
      marginLeft: 55,
      x: { label: "Fiscal year", tickFormat: fy, ticks: narrow ? 4 : 8 },
      y: { label: "Agents", grid: true, tickFormat: (d: number) => d.toLocaleString("en-US") },
      color: { domain: REGIONS, range: REGIONS.map((_, i) => palette.series[i]) },
      marks: [
        Plot.areaY(stack, { x: "fiscal_year", y: "agents", fill: "region", order: REGIONS, title: (d: Row) => `${fy(Number(d.fiscal_year))} ${NAME[String(d.region)]}: ${d.agents}` }),
        Plot.lineY(nat, { x: "fiscal_year", y: "agents", stroke: palette.official, strokeWidth: 2 }),
        Plot.ruleY([0]),
      ],
    };
  },
});
