import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const n = (v: unknown) => Number(v).toLocaleString("en-US");
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const short = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

export default defineChart({
  id: "self-deportation-claims-vs-app-counts",
  title: "DHS's 'self-deportation' totals beside the only counted departures released, 2025 (logarithmic scale)",
  takeaway: (rows) => {
    const counted = rows.find((r) => r.status === "official");
    const top = rows.filter((r) => r.status === "claim").sort((a, b) => Number(b.figure) - Number(a.figure))[0];
    return `DHS's largest 2025 total of 'self-deportations' was ${n(top?.figure)} (${top?.period}), with no published count or method; the only departures counted in DHS records released so far, obtained under FOIA, are ${n(counted?.figure)} people who used the CBP Home app from March 10 to April 16, 2025.`;
  },
  notes: [
    "Scale: the horizontal axis is logarithmic (each gridline is ten times the previous one), because the figures differ by more than a thousandfold.",
    "'Self-deportation' is not a legal or statistical category; DHS published no count or method behind its totals, and no check can be made against them (see the claims ledger).",
    "Counts of CBP Home departures after mid-April 2025 were not released; the app counts only people who registered through it.",
  ],
  data: [
    { dataset: "official-claims", version: "1.0.0", resource: "claims", filter: (r) => r.metric === "self-deported" },
    { dataset: "official-claims", version: "1.0.0", resource: "checks", filter: (r) => r.metric === "app-departures" && r.status === "official" },
  ],
  transform: (rows) =>
    rows
      .map((r) => {
        const claim = "claim_id" in r;
        const date = String(claim ? r.date : r.as_of);
        return { date, label: `${short(date)}: ${claim ? "DHS statement" : "CBP Home records (FOIA)"}`, narrow_label: `${date.slice(0, 7)} ${claim ? "DHS" : "app (FOIA)"}`, figure: r.figure, qualifier: claim ? r.qualifier : "exact", period: r.period_label, status: r.status, source_id: r.source_id };
      })
      .sort((a, b) => String(a.date).localeCompare(String(b.date))),
  legend: [
    { label: "Official claim (no published data)", swatch: "outline", color: palette.claim },
    { label: "Counted in DHS records (released under FOIA)", swatch: "solid", color: palette.official },
  ],
  columns: [
    { key: "label", label: "Figure given" },
    { key: "figure", label: "Figure", unit: "people" },
    { key: "qualifier", label: "Qualifier" },
    { key: "period", label: "Period covered" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 60 + rows.length * 38,
    marginLeft: narrow ? 112 : 230,
    marginRight: narrow ? 16 : 80,
    x: { type: "log", domain: [100, 3000000], label: "People (logarithmic scale)", grid: true, tickFormat: (d: number) => (narrow ? (d >= 1e6 ? `${d / 1e6}M` : d >= 1e3 ? `${d / 1e3}k` : String(d)) : d.toLocaleString("en-US")), ticks: [100, 1000, 10000, 100000, 1000000] },
    y: {
      type: "band", domain: rows.map((r) => String(r.label)), label: null, tickSize: 0, padding: 0.3,
      tickFormat: (label: string) => (narrow ? String(rows.find((r) => r.label === label)?.narrow_label ?? label) : label),
    },
    marks: [
      Plot.ruleY(rows, { y: "label", x1: 100, x2: "figure", stroke: (d: Row) => (d.status === "claim" ? palette.claim : palette.official), strokeOpacity: 0.35 }),
      Plot.dot(rows, {
        y: "label", x: "figure", r: 6,
        fill: (d: Row) => (d.status === "claim" ? "none" : palette.official),
        stroke: (d: Row) => (d.status === "claim" ? palette.claim : palette.official), strokeWidth: 2,
      }),
      ...(narrow ? [] : [Plot.text(rows, { y: "label", x: "figure", text: (d: Row) => n(d.figure), dx: 12, textAnchor: "start", fontSize: 11, fill: "currentColor" })]),
    ],
  }),
});
