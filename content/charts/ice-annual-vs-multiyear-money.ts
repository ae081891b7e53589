import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const label = (r: Row) =>
  r.fiscal_year != null ? `FY${r.fiscal_year} annual` : `${r.public_law === "119-21" ? "July 2025 law" : "June 2026 law"} · ${String(r.source_id).split("-")[0].toUpperCase()}`;

export default defineChart({
  id: "ice-annual-vs-multiyear-money",
  title: "ICE annual appropriations (FY2005–FY2023) and the multi-year reconciliation money of 2025 and 2026",
  takeaway: (rows) => {
    const fy23 = rows.find((r) => r.fiscal_year === 2023);
    const ap = rows.find((r) => r.public_law === "119-21" && r.source_id === "ap-ice-recruiting-2025-07-30");
    const sa = rows.find((r) => r.public_law === "119-98");
    const b = (v: unknown) => `$${(Number(v) / 1e9).toLocaleString("en-US", { maximumFractionDigits: 1 })} billion`;
    return `ICE's annual appropriation was ${b(fy23?.amount_usd)} in FY2023 (NIJC); the July 2025 law gave ICE ${b(ap?.amount_usd)} (AP's count) spendable over several years, and the June 2026 law's Senate committee text ${b(sa?.amount_usd)} more.`;
  },
  notes: [
    "Definition: annual bars are one fiscal year's appropriation (FY2005–FY2010 excluding the Federal Protective Service, per TRAC from ICE budget documents; FY2022–FY2023 per NIJC); multi-year bars are money available over several fiscal years and are not comparable one-for-one with a single year.",
    "FY2011–FY2021 and FY2024–FY2026 annual totals are not shown: no figure could be verified for this release (FY2026 had no full-year ICE appropriation).",
    "The July 2025 bar is the total the Associated Press reported for ICE (not read from the statute); the June 2026 bar is from the Senate committee text before passage (light fill).",
  ],
  data: [
    { dataset: "ice-appropriations", version: "1.0.0", resource: "annual", filter: (r) => r.status !== "missing" && r.measure !== "total_enacted_incl_supplementals" },
    { dataset: "ice-appropriations", version: "1.0.0", resource: "multi-year", filter: (r) => r.component === "ice_total" },
  ],
  legend: [
    { label: "Annual appropriation (one fiscal year)", swatch: "solid", color: palette.series[4] },
    { label: "Multi-year reconciliation money (as reported)", swatch: "solid", color: palette.series[5] },
    { label: "Committee text, before passage", swatch: "light", color: palette.estimate },
  ],
  columns: [
    { key: "fiscal_year", label: "Fiscal year", format: "fy" },
    { key: "public_law", label: "Public law" },
    { key: "amount_usd", label: "Amount", unit: "US dollars", format: "currency-billions" },
    { key: "available_through_fy", label: "Available through", format: "fy" },
    { key: "status", label: "Status" },
    { key: "source_id", label: "Source" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 40 + rows.length * 24,
    marginLeft: narrow ? 120 : 190,
    marginRight: 60,
    x: { label: "US dollars (billions)", grid: true, transform: (d: number) => d / 1e9 },
    y: { label: null, domain: rows.map(label) },
    marks: [
      Plot.barX(rows, { y: label, x: "amount_usd", fill: (d: Row) => (d.status === "estimate" ? palette.estimate : d.fiscal_year != null ? palette.series[4] : palette.series[5]), title: (d: Row) => `${label(d)}: $${(Number(d.amount_usd) / 1e9).toFixed(2)} billion` }),
      Plot.text(rows, { y: label, x: "amount_usd", text: (d: Row) => `$${(Number(d.amount_usd) / 1e9).toLocaleString("en-US", { maximumFractionDigits: 2 })}B`, dx: 4, textAnchor: "start" }),
      Plot.ruleX([0]),
    ],
  }),
});
