import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, utcDate } from "../../src/lib/charts/house.ts";

export default defineChart({
  id: "ice-arrest-target-vs-book-ins",
  title: "ICE-arrest book-ins per day by month vs. the 3,000-a-day arrest target, October 2023 to April 2026",
  takeaway: (rows) => {
    const b = rows.filter((r) => r.month);
    const max = b.reduce((m, r) => (Number(r.per_day) > Number(m.per_day) ? r : m), b[0]);
    return `Initial book-ins of people arrested by ICE peaked at ${Number(max.per_day).toLocaleString("en-US")} a day in ${max.month}, below the 3,000 arrests a day officials demanded in May 2025; book-ins undercount arrests.`;
  },
  notes: [
    "Definition: initial book-ins into ICE detention of people arrested by ICE (ICE's detention-statistics workbooks), divided by the days each month's figure covers; ICE publishes no monthly arrest count.",
    "Caveat: arrests that do not lead to detention are not book-ins, so arrests are higher than this line by an unknown amount; how arrests made with 287(g) partners are attributed is not documented.",
    "The target (outlined label) is a claim reported by Axios from the May 21, 2025 meeting; it was not published as a written order.",
    "Partial months: September 2025 covers 20 days and April 2026 four days.",
  ],
  data: [
    { dataset: "ice-pressure", version: "1.0.0", resource: "book-ins-monthly", filter: (r) => r.arresting_agency === "ICE" },
    { dataset: "ice-pressure", version: "1.0.0", resource: "targets", filter: (r) => r.unit === "arrests per day" && r.status === "claim" },
  ],
  legend: [
    { label: "ICE-arrest initial book-ins per day (official)", swatch: "line", color: palette.official },
    { label: "3,000-a-day target (claim)", swatch: "dashed", color: palette.claim },
  ],
  columns: [
    { key: "month", label: "Month" },
    { key: "initial_book_ins", label: "ICE-arrest initial book-ins", unit: "book-ins" },
    { key: "days_covered", label: "Days covered", unit: "days" },
    { key: "per_day", label: "Per day", unit: "book-ins per day" },
    { key: "date", label: "Target date" },
    { key: "value", label: "Target", unit: "arrests per day" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const book = rows.filter((r) => r.month).map((r) => ({ ...r, t: utcDate(`${r.month}-15`) }));
    const target = rows.filter((r) => !r.month);
    return {
      height: 320,
      marginLeft: 55,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: { label: "Per day", grid: true, domain: [0, 3200], tickFormat: (d: number) => d.toLocaleString("en-US") },
      marks: [
        Plot.ruleY(target, { y: "value", stroke: palette.claim, strokeDasharray: "6,4" }),
        Plot.text(target, { y: "value", x: utcDate("2023-10-15"), text: () => "3,000 arrests a day demanded (May 21, 2025)", dy: -8, textAnchor: "start", fill: palette.claim }),
        Plot.ruleX([utcDate("2025-01-20")], { stroke: palette.muted }),
        Plot.text([utcDate("2025-01-20")], { x: (d: Date) => d, y: 2600, text: () => "Jan. 20, 2025", dx: -4, textAnchor: "end", fill: palette.muted }),
        Plot.ruleX([utcDate("2025-05-21")], { stroke: palette.claim, strokeDasharray: "2,3" }),
        // One line, no dots on its 31 monthly points; the data table gives every month's figures.
        Plot.lineY(book, { x: "t", y: "per_day", stroke: palette.official, strokeWidth: 2 }),
        Plot.ruleY([0]),
      ],
    };
  },
});
