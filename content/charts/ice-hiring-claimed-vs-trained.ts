import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, statusFill, statusLegend } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// The chart id keeps its original name; no count of trained or deployed surge hires from an
// identifiable original source exists, so the chart shows only the stages officials claimed.
const IDS = ["applications-2025-09-16", "offers-2025-09-16", "applications-2026-01-03", "hires-2026-01-03"];
const SHORT: Record<string, string> = {
  "applications-2025-09-16": "Applications (Sept. 16, 2025)",
  "offers-2025-09-16": "Tentative offers (Sept. 16, 2025)",
  "applications-2026-01-03": "Applications (Jan. 3, 2026)",
  "hires-2026-01-03": "Hires announced (Jan. 3, 2026)",
};
const label = (r: Row) => SHORT[String(r.id)];
const prefix = (r: Row) => (r.qualifier === "more_than" ? ">" : "");

export default defineChart({
  id: "ice-hiring-claimed-vs-trained",
  title: "ICE hiring surge as claimed by DHS and ICE: applications, tentative offers and hires, 2025–26 (no count of trained officers published)",
  takeaway: (rows) => {
    const apps = rows.find((r) => r.id === "applications-2026-01-03");
    const hires = rows.find((r) => r.id === "hires-2026-01-03");
    return `By January 2026 officials claimed more than ${Number(apps?.value).toLocaleString("en-US")} applications and more than ${Number(hires?.value).toLocaleString("en-US")} hires; no published count shows how many of the hires had completed training or were deployed.`;
  },
  notes: [
    "Definition: applications, tentative offers and hires are claims by DHS or ICE officials covering all advertised jobs (including lawyers and support staff); one candidate can file several applications, and a tentative offer is not a hire.",
    "Missing: no count of surge hires who completed training or were deployed is shown, because none was published and reported figures could not be traced to an identifiable original source.",
    "Period: offers and applications as of Sept. 16, 2025; applications and hires as of Jan. 3, 2026.",
  ],
  data: { dataset: "ice-hiring-surge", version: "1.0.0", resource: "events", filter: (r) => IDS.includes(String(r.id)) },
  transform: (rows) => IDS.map((id) => rows.find((r) => r.id === id)!).filter(Boolean),
  legend: statusLegend,
  columns: [
    { key: "date_label", label: "When" },
    { key: "measure", label: "What is counted" },
    { key: "value", label: "Count", unit: "applications, offers or hires" },
    { key: "qualifier", label: "As stated" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 240,
    marginLeft: narrow ? 10 : 230,
    marginRight: 80,
    x: { label: "Count", grid: true, tickFormat: (d: number) => d.toLocaleString("en-US"), ticks: narrow ? 3 : 6 },
    y: { label: null, domain: rows.map(label), axis: narrow ? null : "left" },
    marks: [
      Plot.barX(rows, { y: label, x: "value", fill: (d: Row) => statusFill(d.status), stroke: (d: Row) => (d.status === "claim" ? palette.claim : "none"), strokeWidth: 1.5, title: (d: Row) => `${label(d)}: ${prefix(d) ? "more than " : ""}${Number(d.value).toLocaleString("en-US")} (${d.status})` }),
      Plot.text(rows, { y: label, x: "value", text: (d: Row) => `${prefix(d)}${Number(d.value).toLocaleString("en-US")}`, dx: 4, textAnchor: "start" }),
      ...(narrow ? [Plot.text(rows, { y: label, x: 0, text: label, dy: -12, textAnchor: "start", fontSize: 10 })] : []),
      Plot.ruleX([0]),
    ],
  }),
});
