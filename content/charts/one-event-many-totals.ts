import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const TOTALS = ["cbp-encounters", "ice-book-ins", "ice-removals", "ohss-repatriations", "dhs-deportations"];
const TOTAL_LABEL: Record<string, [string, string]> = {
  "cbp-encounters": ["CBP\nencounters", "CBP\nenc."],
  "ice-book-ins": ["ICE\nbook-ins", "ICE\nbook-ins"],
  "ice-removals": ["ICE\nremovals", "ICE\nrem."],
  "ohss-repatriations": ["DHS\nrepatriations", "DHS\nrepat."],
  "dhs-deportations": ["DHS\n'deportations'", "DHS\n'dep.'"],
};
const EVENT_LABEL: Record<string, [string, string]> = {
  "bp-apprehension": ["Border Patrol apprehension", "BP apprehension"],
  "port-turnaround": ["Turned back at a port of entry", "Port turnback"],
  "cbp-to-ice-detention": ["Border Patrol hands person to ICE detention", "CBP to ICE custody"],
  "partner-arrest": ["287(g) partner arrest handed to ICE", "287(g) arrest"],
  "ice-air-er-removal": ["Expedited removal flown by ICE Air, no ICE detention", "ICE Air, no detention"],
  "detained-voluntary-departure": ["Voluntary departure from ICE detention", "Departure from detention"],
  "cbp-home-departure": ["Departure registered in CBP Home app", "CBP Home departure"],
};
const MARK: Record<string, string> = { yes: "yes", no: "no", partly: "partly", unknown: "?" };

function fill(d: Row): string {
  if (d.included === "yes") return d.status === "claim" ? palette.estimate : palette.official;
  if (d.included === "partly") return palette.estimate;
  if (d.included === "unknown") return palette.muted;
  return "none";
}

export default defineChart({
  id: "one-event-many-totals",
  title: "How one enforcement event does or does not appear in five published totals",
  takeaway: (rows) => {
    const yes = (event: string) => rows.filter((r) => r.event_id === event && r.included === "yes").length;
    const unknown = rows.filter((r) => r.included === "unknown").length;
    const dhsStated = rows.filter((r) => r.total_id === "dhs-deportations" && (r.included === "unknown" || r.status !== "official")).length;
    const events = new Set(rows.map((r) => r.event_id)).size;
    return `A Border Patrol arrest handed to ICE detention and later removed is included in ${yes("cbp-to-ice-detention")} of 5 published totals, a turnback at a port of entry in ${yes("port-turnaround")}, and a departure through the CBP Home app in ${yes("cbp-home-departure")}; ${unknown} of ${rows.length} cells are unknown because no published rule covers them, and ${dhsStated} of ${events} cells for DHS's 'deportations' rest on DHS statements rather than a published definition.`;
  },
  notes: [
    "Dark cells follow a rule the agency has published (ICE workbook footnotes, OHSS definitions, CBP data files); light cells rest on DHS statements or on a partial inclusion; grey question marks mean no published rule says.",
    "Totals count events: the same person can be an encounter, a book-in and a removal, and can be counted in several agencies' totals, so the totals cannot be added together.",
    "The ICE Air row changed during 2025-26: ICE's FY2026 workbooks say expedited removals and voluntary returns with no ICE detention but turned over to ICE are counted as ICE removals from FY2025; in 2025 ICE told FOIA requesters such cases belonged to CBP.",
    "A 287(g) partner's arrest is credited to ICE as arresting agency; no public table shows the partner's share.",
  ],
  data: { dataset: "definitions", version: "1.0.0", resource: "counting-matrix" },
  legend: [
    { label: "Included (published rule)", swatch: "solid", color: palette.official },
    { label: "Included according to DHS statements, or partly", swatch: "light", color: palette.estimate },
    { label: "Not included", swatch: "outline", color: palette.muted },
    { label: "Not stated", swatch: "light", color: palette.muted },
  ],
  columns: [
    { key: "event", label: "Event" },
    { key: "total", label: "Published total" },
    { key: "included", label: "Included?" },
    { key: "basis", label: "Why" },
    { key: "status", label: "Status" },
    { key: "source_id", label: "Source" },
  ],
  plot: ({ rows, narrow }) => {
    const events = [...new Set([...rows].sort((a, b) => Number(a.event_order) - Number(b.event_order)).map((r) => String(r.event_id)))];
    const textFill = (d: Row) => (d.included === "yes" && d.status !== "claim" ? "var(--bg)" : "currentColor");
    return {
      height: narrow ? 320 : 300,
      marginLeft: narrow ? 132 : 290,
      marginTop: 46,
      x: { type: "band", domain: TOTALS, axis: "top", tickFormat: (id: string) => TOTAL_LABEL[id]?.[narrow ? 1 : 0] ?? id, label: null, tickSize: 0, padding: 0.06 },
      y: { type: "band", domain: events, tickFormat: (id: string) => EVENT_LABEL[id]?.[narrow ? 1 : 0] ?? id, label: null, tickSize: 0, padding: 0.08 },
      marks: [
        Plot.cell(rows, {
          x: "total_id", y: "event_id", fill, fillOpacity: (d: Row) => (d.included === "unknown" ? 0.25 : 1),
          stroke: (d: Row) => (d.included === "no" ? palette.muted : "none"), strokeOpacity: 0.5, inset: 1,
          title: (d: Row) => `${d.event} — ${d.total}: ${d.included}. ${d.basis}`,
        }),
        Plot.text(rows, { x: "total_id", y: "event_id", text: (d: Row) => MARK[String(d.included)], fill: textFill, fontSize: narrow ? 10 : 11 }),
      ],
    };
  },
});
