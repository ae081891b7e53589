import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, statusFill, statusStroke, statusLegend } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const MEASURE_LABEL: Record<string, string> = {
  employees: "Employees (total workforce)",
  law_enforcement_and_support_personnel: "Law-enforcement and support personnel",
  officers_and_agents: "'Officers and agents' (ICE's undefined term)",
  deportation_officers: "ERO deportation officers",
};

const label = (r: Row) => `${r.date} · ${MEASURE_LABEL[String(r.measure)] ?? r.measure}`;

export default defineChart({
  id: "ice-workforce-by-definition",
  title: "ICE's workforce as stated by DHS or reported, by definition, 2025–2026",
  takeaway: (rows) => {
    const support = rows.find((r) => r.measure === "law_enforcement_and_support_personnel");
    const claim = rows.find((r) => r.measure === "officers_and_agents" && r.date === "2026-01-03");
    const base = rows.find((r) => r.measure === "officers_and_agents" && r.date === "2025-01-20");
    return `DHS says ICE went from ${Number(base?.value).toLocaleString("en-US")} 'officers and agents' in January 2025 to more than ${Number(claim?.value).toLocaleString("en-US")} in January 2026, while in September 2025 ICE was described as having about ${Number(support?.value).toLocaleString("en-US")} law-enforcement and support personnel; the counts use different definitions and are not one series.`;
  },
  notes: [
    "Definition: each bar keeps the measure its source used; employees, 'officers and agents' and deportation officers count different groups of people.",
    "All three bars are claims (outlined): figures stated by DHS or ICE, or repeated by a newspaper, with no published data behind them.",
    "Caveat: ICE publishes no headcount by job series; no count of deportation officers and no official headcount dated after January 2026 from an identifiable original source was found.",
  ],
  data: { dataset: "ice-workforce", version: "1.0.0", resource: "workforce", filter: (r) => r.status !== "missing" },
  legend: statusLegend,
  columns: [
    { key: "date", label: "Date" },
    { key: "measure", label: "Definition" },
    { key: "scope", label: "Scope" },
    { key: "value", label: "Count", unit: "people" },
    { key: "qualifier", label: "As stated" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 300,
    marginLeft: narrow ? 10 : 300,
    marginRight: 60,
    x: { label: "People", grid: true, tickFormat: (d: number) => d.toLocaleString("en-US"), ticks: narrow ? 3 : 6 },
    y: { label: null, domain: rows.map(label), axis: narrow ? null : "left" },
    marks: [
      Plot.barX(rows, { y: label, x: "value", fill: (d: Row) => statusFill(d.status), stroke: (d: Row) => (d.status === "claim" ? palette.claim : statusStroke(d.status)), strokeWidth: 1.5, title: (d: Row) => `${label(d)}: ${Number(d.value).toLocaleString("en-US")} (${d.status})` }),
      Plot.text(rows, { y: label, x: "value", text: (d: Row) => `${d.qualifier === "more_than" ? ">" : d.qualifier === "approximately" ? "~" : ""}${Number(d.value).toLocaleString("en-US")}`, dx: 4, textAnchor: "start" }),
      ...(narrow ? [Plot.text(rows, { y: label, x: 0, text: label, dy: -11, textAnchor: "start", fontSize: 10 })] : []),
      Plot.ruleX([0]),
    ],
  }),
});
