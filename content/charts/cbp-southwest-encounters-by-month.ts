import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import { formatDate } from "../../src/lib/format/numbers.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");
const PARTS = [
  { key: "usbp_title8", label: "Border Patrol, Title 8" },
  { key: "usbp_title42", label: "Border Patrol, Title 42" },
  { key: "ofo_title8", label: "Ports of entry (OFO), Title 8" },
  { key: "ofo_title42", label: "Ports of entry (OFO), Title 42" },
];

export default defineChart({
  id: "cbp-southwest-encounters-by-month",
  title: "CBP encounters at the Southwest land border by month, by component and legal authority, October 2021 to August 2025",
  takeaway: (rows) => {
    const max = rows.reduce((m, r) => (Number(r.total) > Number(m.total) ? r : m));
    const jan = rows.find((r) => r.month === "2025-01");
    const feb = rows.find((r) => r.month === "2025-02");
    const last = rows[rows.length - 1];
    return `Total Southwest encounters peaked at ${fmt(max.total)} in ${formatDate(String(max.month))}; they fell from ${fmt(jan?.total)} in January 2025 to ${fmt(feb?.total)} in February 2025 and were ${fmt(last.total)} in ${formatDate(String(last.month))}.`;
  },
  notes: [
    "Source: CBP's Southwest Land Border Encounters data file; each bar is our sum of the file's rows for that month. Components: U.S. Border Patrol (between ports of entry) and the Office of Field Operations (inadmissibles at ports of entry).",
    "Title 42 expulsions (March 2020 to May 11, 2023) were a public-health authority; Title 8 is ordinary immigration law. After May 2023 the file has no Title 42 rows.",
    "Encounters count events, not people. The file ends in August 2025.",
  ],
  data: { dataset: "border-encounters", version: "1.0.0", resource: "cbp-southwest-by-month" },
  legend: PARTS.map((p, i) => ({ label: p.label, swatch: "solid" as const, color: palette.series[i] })),
  columns: [
    { key: "month", label: "Month" },
    { key: "usbp_title8", label: "Border Patrol, Title 8", unit: "events" },
    { key: "usbp_title42", label: "Border Patrol, Title 42", unit: "events" },
    { key: "ofo_title8", label: "OFO, Title 8", unit: "events" },
    { key: "ofo_title42", label: "OFO, Title 42", unit: "events" },
    { key: "total", label: "Total", unit: "events" },
  ],
  plot: ({ rows, narrow }) => {
    // Stacked by hand, one bar mark per part, so each part's colour is written once for all its bars.
    const stacked = rows.flatMap((r) => {
      const t = utcDate(`${r.month}-01`);
      const t2 = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
      let top = 0;
      return PARTS.filter((p) => r[p.key] !== null).map((p) => ({ t, t2, part: p.key, y1: top, y2: (top += Number(r[p.key])) }));
    });
    const marks = [
      { date: "2023-05-11", label: "Title 42 ends" },
      { date: events.inauguration2025.date, label: events.inauguration2025.label },
    ];
    return {
      height: 340,
      marginLeft: 60,
      x: { type: "utc", label: null, ticks: narrow ? 4 : "year" },
      y: { label: "Encounters per month", grid: true, tickFormat: (d: number) => (d === 0 ? "0" : `${d / 1000}k`) },
      marks: [
        ...PARTS.map((p, i) => Plot.rectY(stacked.filter((d) => d.part === p.key), { x1: "t", x2: "t2", y1: "y1", y2: "y2", fill: palette.series[i], insetLeft: 0.5, insetRight: 0.5 })),
        Plot.ruleX(marks, { x: (d: { date: string }) => utcDate(d.date), stroke: palette.muted, strokeDasharray: "3,3" }),
        Plot.text(marks, { x: (d: { date: string }) => utcDate(d.date), y: 300000, text: "label", textAnchor: "start", dx: 3, fontSize: 10, fill: palette.muted }),
        Plot.ruleY([0]),
      ],
    };
  },
});
