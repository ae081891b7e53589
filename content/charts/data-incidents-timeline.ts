import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const CLASS: Record<string, string> = {
  error: "Error or data problem",
  "data-quality": "Error or data problem",
  revision: "Revision or definition change",
  "definition-change": "Revision or definition change",
  delay: "Delay, pause or end of a series",
  pause: "Delay, pause or end of a series",
  discontinued: "Delay, pause or end of a series",
  withheld: "Withheld data or missed requirement",
  "missed-requirement": "Withheld data or missed requirement",
};
const CLASSES = ["Error or data problem", "Revision or definition change", "Delay, pause or end of a series", "Withheld data or missed requirement"];
const COLOR = new Map(CLASSES.map((name, i) => [name, palette.series[[5, 2, 1, 3][i]]]));
const PRODUCT_LABEL: Record<string, [string, string]> = {
  "ice-detention-statistics": ["ICE detention workbooks", "Detention workbooks"],
  "ice-ero-dashboards": ["ICE statistics dashboards", "ICE dashboards"],
  "ice-annual-report": ["ICE annual report", "ICE annual report"],
  "ice-foia-productions": ["ICE records under FOIA", "FOIA records"],
  "ice-daily-arrest-posts": ["ICE posts on X", "ICE posts on X"],
  "ice-detainee-death-reports": ["ICE detainee death reports", "Death reports"],
  "cbp-monthly-encounters": ["CBP monthly figures", "CBP monthly"],
  "cbp-home-departures": ["CBP Home app counts", "CBP Home counts"],
  "dhs-running-totals": ["DHS running totals", "DHS totals"],
};

export default defineChart({
  id: "data-incidents-timeline",
  title: "Documented errors, revisions, delays and withheld data in official enforcement statistics, 2022 to 2026",
  takeaway: (rows) => {
    const since = rows.filter((r) => String(r.date) >= "2025-01-20");
    const byClass = (name: string) => since.filter((r) => r.class === name).length;
    return `Of ${rows.length} documented incidents, ${since.length} are dated after January 20, 2025: ${byClass(CLASSES[0]).toString()} errors or data problems, ${byClass(CLASSES[1])} revisions or definition changes, ${byClass(CLASSES[2])} delays, pauses or ends of a series, and ${byClass(CLASSES[3])} cases of withheld data or a missed requirement.`;
  },
  notes: [
    "Each dot is one documented incident at the date it happened or was first reported; a bar shows how long a delay or pause lasted.",
    "The log covers incidents found in agency files, independent monitors' reports and news reporting; it is not an audit of every release, and years with more scrutiny will show more incidents.",
    "Several entries are our own comparisons of ICE workbooks (for example a table whose rows appear swapped in the April 2026 file); they say what the files show, not why.",
  ],
  data: { dataset: "data-incidents", version: "1.0.0", resource: "incidents" },
  transform: (rows) => rows.map((r) => ({ ...r, class: CLASS[String(r.type)] ?? String(r.type) })),
  legend: CLASSES.map((name) => ({ label: name, swatch: "solid" as const, color: COLOR.get(name) ?? palette.muted })),
  columns: [
    { key: "date", label: "Date", format: "date" },
    { key: "end_date", label: "Until", format: "date" },
    { key: "product_id", label: "Product" },
    { key: "type", label: "Type" },
    { key: "summary", label: "What happened" },
    { key: "status", label: "Status" },
    { key: "source_id", label: "Source" },
  ],
  plot: ({ rows, narrow }) => {
    const products = Object.keys(PRODUCT_LABEL).filter((id) => rows.some((r) => r.product_id === id));
    const x = (d: Row) => utcDate(String(d.date));
    const spans = rows.filter((r) => r.end_date);
    const inaug = utcDate(events.inauguration2025.date);
    return {
      height: 60 + products.length * 34,
      marginLeft: narrow ? 118 : 170,
      marginRight: 12,
      x: { type: "utc", label: null, domain: [utcDate("2022-08-01"), utcDate("2026-06-01")], ticks: narrow ? 4 : 8 },
      y: { type: "band", domain: products, tickFormat: (id: string) => PRODUCT_LABEL[id]?.[narrow ? 1 : 0] ?? id, label: null, tickSize: 0, padding: 0.2 },
      marks: [
        Plot.ruleX([inaug], { stroke: palette.muted, strokeDasharray: "2,3" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => events.inauguration2025.label, textAnchor: "start", dx: 4, dy: -2, fill: palette.muted, fontSize: 10 }),
        Plot.ruleY(products, { y: (d: string) => d, stroke: palette.muted, strokeOpacity: 0.15 }),
        Plot.link(spans, { x1: x, x2: (d: Row) => utcDate(String(d.end_date)), y1: "product_id", y2: "product_id", stroke: (d: Row) => COLOR.get(String(d.class)), strokeWidth: 7, strokeOpacity: 0.45 }),
        Plot.dot(rows, {
          x, y: "product_id", r: 5, fill: (d: Row) => COLOR.get(String(d.class)), stroke: "var(--bg)", strokeWidth: 1,
          title: (d: Row) => `${d.date}${d.end_date ? ` to ${d.end_date}` : ""} (${d.type}): ${d.summary}`,
        }),
      ],
    };
  },
});
