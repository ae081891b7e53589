import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const n = (v: unknown) => Number(v).toLocaleString("en-US");
const SERIES = [
  { key: "detained_total", label: "All detained", color: palette.official },
  { key: "detained_ice_arrested", label: "Arrested by ICE", color: palette.series[1] },
  { key: "detained_cbp_arrested", label: "Arrested by CBP", color: palette.series[2] },
] as const;

export default defineChart({
  id: "detained-population-by-date",
  title: "People in ICE detention on each snapshot date in ICE's detention workbooks, October 2019 to April 2026, by arresting agency",
  takeaway: (rows) => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const high = rows.reduce((a, b) => (Number(b.detained_total) > Number(a.detained_total) ? b : a));
    return `ICE's workbooks count ${n(first.detained_total)} people in detention on ${first.as_of}, ${n(high.detained_total)} on ${high.as_of} (the highest of the ten snapshot dates charted) and ${n(last.detained_total)} on ${last.as_of}.`;
  },
  notes: [
    "Definition: the \"currently detained\" table of each ICE detention statistics workbook, a one-day count on the snapshot date stated in the workbook's footnotes; it excludes Office of Refugee Resettlement facilities and U.S. Marshals Service prisoners.",
    "Period: one point per workbook held by this project (year-end files for FY2019 to FY2025 and three FY2026 files); ICE posted about two workbooks a month, so the dashed lines only join the points and do not show what happened between them.",
    "Arresting agency is the agency whose program made the arrest (ICE includes 287(g) and jail transfers; CBP includes Border Patrol and ports of entry).",
    "The vertical line marks the January 20, 2025 inauguration.",
  ],
  data: { dataset: "ice-detention", version: "1.0.0", resource: "detained-population" },
  legend: SERIES.map((s) => ({ label: s.label, swatch: "line" as const, color: s.color })),
  columns: [
    { key: "as_of", label: "Snapshot date", format: "date" },
    { key: "detained_total", label: "Detained", unit: "people" },
    { key: "detained_ice_arrested", label: "Arrested by ICE", unit: "people" },
    { key: "detained_cbp_arrested", label: "Arrested by CBP", unit: "people" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const x = (d: Row) => utcDate(String(d.as_of));
    const inaug = utcDate(events.inauguration2025.date);
    return {
      height: 340,
      marginLeft: 56,
      marginRight: 20,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: { label: "People in detention", grid: true, domain: [0, 75000], ticks: 5, tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX([inaug], { stroke: palette.muted, strokeDasharray: "2,3" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => events.inauguration2025.label, textAnchor: "start", dx: 4, dy: 4, fill: palette.muted, fontSize: 11 }),
        ...SERIES.flatMap((s) => [
          Plot.line(rows, { x, y: s.key, stroke: s.color, strokeDasharray: "4,3", strokeWidth: 1.5 }),
          // A dot on each of the ten snapshots (the dashed lines only join them); the data table gives the values.
          Plot.dot(rows, { x, y: s.key, fill: s.color, r: s.key === "detained_total" ? 4 : 3 }),
        ]),
        Plot.text(rows.filter((d) => d === rows.reduce((a, b) => (Number(b.detained_total) > Number(a.detained_total) ? b : a))), {
          x, y: "detained_total", text: (d: Row) => n(d.detained_total), dy: -10, textAnchor: "end", fontSize: 11, stroke: "var(--bg)", strokeWidth: 3, fill: "currentColor",
        }),
      ],
    };
  },
});
