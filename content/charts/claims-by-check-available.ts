import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";

const METRICS = ["deported", "self-deported", "left", "arrested", "hired", "record"];
const METRIC_LABEL: Record<string, string> = {
  deported: "'Deported'",
  "self-deported": "'Self-deported'",
  left: "'Left'",
  arrested: "Arrested",
  hired: "Hired",
  record: "'Record'",
};
const CHECKS = ["official", "estimate", "claim", "missing"];
const CHECK_LABEL: Record<string, string> = {
  official: "Nearest check is an official figure",
  estimate: "Nearest check is an independent estimate",
  claim: "Nearest check is another statement",
  missing: "Nothing published can check it",
};

export default defineChart({
  id: "claims-by-check-available",
  title: "Official running totals of 2025-26 by kind of total and by the best figure available to check them",
  takeaway: (rows) => {
    const missing = rows.filter((r) => r.check_status === "missing").length;
    const official = rows.filter((r) => r.check_status === "official").length;
    return `Of ${rows.length} dated official figures in the claims ledger, ${official} can be set beside an official published figure (usually measuring something narrower or over a different period), ${rows.filter((r) => r.check_status === "estimate").length} only beside an independent estimate, and ${missing} beside nothing published at all.`;
  },
  notes: [
    "Each claim is one dated figure stated by an official (DHS, ICE or a department spokesperson) with no published data behind it; one 2025 statement from the previous administration is included.",
    "'Official' here means the check comes from an agency file or table; it rarely counts the same thing as the claim (for example ICE removals against DHS-wide 'deportations').",
    "Checks recorded as missing are those where the data that could settle the claim (CBP removals, a count of self-deportations, an ICE headcount, state arrest counts) were not published.",
  ],
  data: { dataset: "official-claims", version: "1.0.0", resource: "claims" },
  legend: CHECKS.filter((status) => status !== "claim").map((status) => ({
    label: CHECK_LABEL[status],
    swatch: status === "official" ? ("solid" as const) : status === "claim" ? ("outline" as const) : ("light" as const),
    color: status === "official" ? palette.official : status === "estimate" ? palette.estimate : status === "claim" ? palette.claim : palette.muted,
  })),
  columns: [
    { key: "date", label: "Date", format: "date" },
    { key: "metric", label: "Kind of total" },
    { key: "check_status", label: "Best check available" },
  ],
  plot: ({ rows, narrow }) => {
    // Stacked segments computed here: one per kind of total and check status, in a fixed order.
    const segments: { metric: string; check_status: string; x1: number; x2: number; count: number }[] = [];
    for (const metric of METRICS) {
      let x = 0;
      for (const status of CHECKS) {
        const count = rows.filter((r) => r.metric === metric && r.check_status === status).length;
        if (count > 0) segments.push({ metric, check_status: status, x1: x, x2: x + count, count });
        x += count;
      }
    }
    const fill = (d: { check_status: string }) => (d.check_status === "official" ? palette.official : d.check_status === "estimate" ? palette.estimate : d.check_status === "claim" ? "none" : palette.muted);
    const stroke = (d: { check_status: string }) => (d.check_status === "claim" ? palette.claim : "var(--bg)");
    return {
      height: 250,
      marginLeft: narrow ? 96 : 120,
      x: { label: "Number of dated claims", grid: true, ticks: 6, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : "") },
      y: { type: "band", domain: METRICS, tickFormat: (m: string) => METRIC_LABEL[m] ?? m, label: null, tickSize: 0, padding: 0.25 },
      marks: [
        Plot.barX(segments, {
          y: "metric", x1: "x1", x2: "x2", fill, stroke, strokeWidth: 1.5,
          fillOpacity: (d: { check_status: string }) => (d.check_status === "missing" ? 0.35 : 1),
        }),
        Plot.ruleX([0]),
      ],
    };
  },
});
