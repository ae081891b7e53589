import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, statusFill } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const n = (v: unknown) => Number(v).toLocaleString("en-US");
const SHORT: Record<string, string> = {
  "eofy-workbook": "ICE workbook, end of FY2024",
  "annual-report": "ICE annual report (Dec. 2024)",
  "foia-late-june-2025": "FOIA file, late June 2025",
  "foia-late-july-2025": "FOIA file, late July 2025",
};
const NARROW: Record<string, string> = {
  "eofy-workbook": "ICE workbook",
  "annual-report": "ICE annual report",
  "foia-late-june-2025": "FOIA, late June",
  "foia-late-july-2025": "FOIA, late July",
};

export default defineChart({
  id: "fy2024-removals-by-file",
  title: "ICE removals in fiscal year 2024 as given by four ICE files",
  takeaway: (rows) => {
    const v = (id: string) => rows.find((r) => r.file_id === id)?.removals;
    return `ICE's end-of-year workbook and annual report both give ${n(v("annual-report"))} FY2024 removals; ICE's FOIA records hold ${n(v("foia-late-june-2025"))} in the late-June 2025 file, which ICE confirmed was wrong, and ${n(v("foia-late-july-2025"))} in the late-July file, a difference that remains unexplained.`;
  },
  notes: [
    "Period: federal fiscal year 2024, October 1, 2023 to September 30, 2024; all four files cover the same year.",
    "The FOIA figures are counts of records in ICE's individual-level files made by the Deportation Data Project (lighter bars), not totals ICE published.",
    "The late-June file missed more than 170,000 FY2024 removals and wrongly included some CBP removals for FY2025; the Deportation Data Project could not explain the smaller gap between the published total and the late-July file.",
  ],
  data: { dataset: "data-incidents", version: "1.0.0", resource: "same-year-removals" },
  legend: [
    { label: "Published by ICE", swatch: "solid", color: palette.official },
    { label: "Records counted in ICE FOIA files", swatch: "light", color: palette.estimate },
  ],
  columns: [
    { key: "file", label: "File" },
    { key: "released", label: "Published or posted", format: "date" },
    { key: "removals", label: "FY2024 removals", unit: "removals" },
    { key: "counted_by", label: "Counted by" },
  ],
  plot: ({ rows, narrow }) => {
    const sorted = [...rows].sort((a, b) => Number(a.file_order) - Number(b.file_order));
    return {
      height: 240,
      marginLeft: narrow ? 112 : 200,
      marginRight: narrow ? 24 : 70,
      x: { label: "Removals in FY2024", grid: true, domain: [0, 300000], tickFormat: (d: number) => d.toLocaleString("en-US"), ticks: [0, 100000, 200000, 300000] },
      y: { type: "band", domain: sorted.map((r) => String(r.file_id)), tickFormat: (id: string) => (narrow ? NARROW[id] : SHORT[id]) ?? id, label: null, tickSize: 0, padding: 0.25 },
      marks: [
        Plot.barX(sorted, { y: "file_id", x: "removals", fill: (d: Row) => statusFill(d.status) }),
        Plot.text(sorted, { y: "file_id", x: "removals", text: (d: Row) => n(d.removals), dx: narrow ? -4 : 6, textAnchor: narrow ? "end" : "start", fontSize: 11, fill: narrow ? "var(--bg)" : "currentColor" }),
        Plot.ruleX([0]),
      ],
    };
  },
});
