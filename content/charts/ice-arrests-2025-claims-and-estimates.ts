import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, statusFill, statusLegend, statusStroke } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";
import { formatDate } from "../../src/lib/format/numbers.ts";

const fmt = (n: unknown) => Number(n).toLocaleString("en-US");
const qual: Record<string, string> = { exact: "", about: "about ", more_than: "more than ", nearly: "nearly ", at_least: "at least " };
const SHORT: Record<string, string> = {
  "U.S. Department of Homeland Security": "DHS",
  "U.S. Immigration and Customs Enforcement": "ICE",
  TRAC: "TRAC (book-ins)",
};
const day = (iso: unknown) => formatDate(String(iso)).replace(/^(\w{3})\w*/, "$1");
const label = (r: Row) => `${SHORT[String(r.stated_by)] ?? r.stated_by}, ${day(r.period_start)} to ${day(r.period_end)}`;

export default defineChart({
  id: "ice-arrests-2025-claims-and-estimates",
  title: "Arrest figures for 2025: official claims beside independent counts, each with its own period",
  takeaway: (rows) => {
    const claim = rows.find((r) => r.row_id === "dhs-100-days-arrests-151k");
    const ice = rows.find((r) => r.row_id === "ice-100-days-arrests");
    const trac = rows.find((r) => r.row_id === "trac-100-days-book-ins");
    const dec = rows.find((r) => r.row_id === "dhs-2025-12-10-arrests");
    return `For the first 100 days DHS claimed more than ${fmt(claim?.value)} arrests while ICE's own release said ${fmt(ice?.value)} and TRAC counted ${fmt(trac?.value)} book-ins into ICE detention; by ${formatDate(String(dec?.period_end))} DHS claimed more than ${fmt(dec?.value)} arrests, without saying which agencies it counted.`;
  },
  notes: [
    "Periods differ from bar to bar; the figures cannot be added or subtracted. Each bar is labelled with who stated it and the period it covers.",
    "Outlined bars are claims (no data published behind them); the light bar is an independent count. No official 2025 arrest total exists.",
    "DHS figures do not say which agencies they include (ICE only, or ICE plus Border Patrol and others). TRAC's figure counts book-ins into ICE detention, which include people arrested by CBP.",
  ],
  data: { dataset: "ice-arrests", version: "1.0.0", resource: "arrests-2025-26" },
  legend: [statusLegend[1], statusLegend[2]],
  columns: [
    { key: "stated_by", label: "Stated by" },
    { key: "measure", label: "Measure" },
    { key: "period_start", label: "From", format: "date" },
    { key: "period_end", label: "To", format: "date" },
    { key: "qualifier", label: "As stated" },
    { key: "value", label: "Figure", unit: "arrests" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const sorted = [...rows].sort((a, b) => String(a.period_end).localeCompare(String(b.period_end)) || Number(a.value) - Number(b.value));
    return {
      height: 60 + sorted.length * 42,
      marginLeft: narrow ? 10 : 295,
      marginRight: 110,
      x: { label: "Arrests or book-ins", grid: true, tickFormat: (d: number) => (d === 0 ? "0" : `${d / 1000}k`), ticks: narrow ? 3 : 6 },
      y: { domain: sorted.map(label), label: null, axis: narrow ? null : "left", tickSize: 0 },
      marks: [
        Plot.barX(sorted, { y: label, x: "value", fill: (d: Row) => statusFill(d.status), stroke: (d: Row) => (d.status === "claim" ? statusStroke(d.status) : palette.estimate), strokeWidth: 1.5, title: (d: Row) => `${label(d)}: ${qual[String(d.qualifier)]}${fmt(d.value)} (${d.measure}, ${d.status})` }),
        Plot.text(sorted, { y: label, x: "value", text: (d: Row) => `${qual[String(d.qualifier)]}${fmt(d.value)}`, dx: 4, textAnchor: "start", fontSize: 10 }),
        narrow ? Plot.text(sorted, { y: label, x: 0, text: label, dy: -14, textAnchor: "start", fontSize: 9, fill: palette.muted }) : null,
        Plot.ruleX([0]),
      ],
    };
  },
});
