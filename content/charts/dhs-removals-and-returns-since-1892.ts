import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");

export default defineChart({
  id: "dhs-removals-and-returns-since-1892",
  title: "Removals and returns by the immigration agencies (INS, then DHS), FY1892 to FY2019",
  takeaway: (rows) => {
    const maxBy = (key: string) => rows.filter((r) => r[key] !== null).reduce((m, r) => (Number(r[key]) > Number(m[key]) ? r : m));
    const rem = maxBy("removals");
    const ret = maxBy("returns");
    const sorted = [...rows].sort((a, b) => Number(a.fiscal_year) - Number(b.fiscal_year));
    let crossover = sorted[sorted.length - 1];
    for (let i = sorted.length - 1; i >= 0 && Number(sorted[i].removals) > Number(sorted[i].returns ?? Infinity); i--) crossover = sorted[i];
    return `Returns without a removal order outnumbered formal removals for most of the period and peaked at ${fmt(ret.returns)} in FY${ret.fiscal_year}; removals peaked at ${fmt(rem.removals)} in FY${rem.fiscal_year} and have exceeded returns every year since FY${crossover.fiscal_year}.`;
  },
  notes: [
    "Source: DHS Yearbook of Immigration Statistics 2019, Table 39, as transcribed by a third party; we cite the official table and spot-checked the transcription against an independent copy of the 2013 edition.",
    "Definitions: a removal is a compulsory departure under an order of removal; a return is a confirmed departure without an order (voluntary return or departure, withdrawal). Both count events, not people.",
    "Table 39 gives no returns before FY1927, so that line starts in FY1927. Before FY1977 the fiscal year ended June 30.",
    "All DHS components are counted (Border Patrol, ports of entry and ICE), so these totals are larger than ICE's own removal counts. Values after FY2019 are not in our sources.",
  ],
  data: { dataset: "dhs-removals-returns", version: "1.0.0", resource: "removals-and-returns", filter: (r) => r.source_id === "dhs-yearbook-2019-table39" },
  legend: [
    { label: "Removals (with an order)", swatch: "line", color: palette.series[0] },
    { label: "Returns (without an order)", swatch: "line", color: palette.series[1] },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "removals", label: "Removals", unit: "events" },
    { key: "returns", label: "Returns", unit: "events" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const long = rows.flatMap((r) => [
      { year: Number(r.fiscal_year), kind: "Removals", value: r.removals },
      { year: Number(r.fiscal_year), kind: "Returns", value: Number(r.fiscal_year) < 1927 ? null : r.returns },
    ]);
    return {
      height: 340,
      marginLeft: 60,
      x: { label: null, tickFormat: (d: number) => `FY${d}`, ticks: narrow ? 4 : 8 },
      y: { label: "Events per year", grid: true, tickFormat: (d: number) => (d >= 1e6 ? `${d / 1e6}M` : d === 0 ? "0" : `${d / 1000}k`) },
      color: { domain: ["Removals", "Returns"], range: [palette.series[0], palette.series[1]] },
      marks: [
        // One path per series; the data table under the chart gives every year's values.
        Plot.lineY(long, { x: "year", y: "value", stroke: "kind", strokeWidth: 1.75 }),
        Plot.ruleY([0]),
      ],
    };
  },
});
