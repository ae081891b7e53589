import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, statusLegend } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const fmtM = (n: unknown) => `${(Number(n) / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} million`;
const who = (r: Row) => {
  const e = String(r.estimator);
  if (r.status === "claim") return "Claims";
  if (e.startsWith("U.S. Department")) return "DHS";
  return "Pew Research Center";
};
const GROUPS = ["DHS", "Pew Research Center", "Claims"];
type Point = Row & { group: string; y: number };

export default defineChart({
  id: "unauthorized-population-estimates-and-claims",
  title: "Estimates of the unauthorized immigrant population by DHS and Pew, 2007 to 2023, and claims made beside them",
  takeaway: (rows) => {
    const estimates = rows.filter((r) => r.status !== "claim").map((r) => Number(r.estimate));
    const pew = rows.find((r) => r.row_id === "pew-2023-07");
    return `DHS and Pew estimates range from ${fmtM(Math.min(...estimates))} to ${fmtM(Math.max(...estimates))}, with Pew's record of ${fmtM(pew?.estimate)} in July 2023, while officials and candidates have claimed 20 million or more.`;
  },
  notes: [
    "Estimates: DHS and Pew use the residual method on Census Bureau survey data. Pew revised its whole series in August 2025; only revised Pew figures are shown.",
    "Estimates by the Center for Immigration Studies and FAIR are not shown: their own publications could not be located in our sources, only news reports of them.",
    "Claims (outlined) are figures stated by officials or candidates with no published estimate behind them; vertical bars show stated ranges (e.g. \"30 million, it could be 34 million\").",
    "Pew counts about 6 million people with temporary protection from deportation in its 2023 figure. The President's March 2025 \"21 million\" referred to entries over four years, not to the population, and is left out of this chart.",
  ],
  data: { dataset: "unauthorized-population", version: "1.0.0", resource: "estimates", filter: (r) => r.measure === "resident_population" },
  legend: [
    ...GROUPS.slice(0, 2).map((g, i) => ({ label: g, swatch: "solid" as const, color: palette.series[i] })),
    statusLegend[1],
  ],
  columns: [
    { key: "estimator", label: "Estimator or claimant" },
    { key: "reference_period", label: "Refers to / said" },
    { key: "estimate", label: "Estimate or claim", unit: "people" },
    { key: "low", label: "Low", unit: "people" },
    { key: "high", label: "High", unit: "people" },
    { key: "qualifier", label: "As stated" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const points: Point[] = rows.map((r): Point => ({ ...r, group: who(r), y: r.estimate !== null ? Number(r.estimate) : (Number(r.low) + Number(r.high)) / 2 }));
    const ranges = points.filter((r) => r.low !== null && r.high !== null);
    const color = (g: string) => palette.series[GROUPS.indexOf(g)] ?? palette.claim;
    return {
      height: 360,
      marginLeft: 55,
      marginRight: narrow ? 70 : 90,
      x: { label: null, domain: [2006, 2026], tickFormat: (d: number) => String(d), ticks: narrow ? 4 : 10 },
      y: { label: "People (millions)", grid: true, domain: [0, 36e6], tickFormat: (d: number) => `${d / 1e6}` },
      marks: [
        Plot.ruleX(ranges, { x: "reference_year", y1: "low", y2: "high", stroke: palette.claim, strokeWidth: 2 }),
        Plot.dot(points, {
          x: "reference_year",
          y: "y",
          r: 5,
          fill: (d: Point) => (d.status === "claim" ? "none" : color(d.group)),
          stroke: (d: Point) => (d.status === "claim" ? palette.claim : color(d.group)),
          strokeWidth: 1.5,
          title: (d: Row) => `${d.estimator}, ${d.reference_period}: ${d.estimate !== null ? fmtM(d.estimate) : `${fmtM(d.low)} to ${fmtM(d.high)}`} (${d.status})`,
        }),
        Plot.text(points.filter((d: Point) => d.status === "claim"), {
          x: "reference_year",
          y: "y",
          text: (d: Row) => String(d.estimator).replace(/^(President |Vice President )/, "").replace(/ \(.*$/, "").split(" ").pop() + ` ${d.reference_year}`,
          dx: 9,
          textAnchor: "start",
          fontSize: 10,
          fill: palette.claim,
        }),
        Plot.ruleY([0]),
      ],
    };
  },
});
