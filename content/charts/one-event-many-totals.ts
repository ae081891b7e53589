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

// Cell styles: included by a published rule (solid), by DHS statements or partly (light), not stated (pale), not included (outline).
function cellKind(d: Row): string {
  if (d.included === "yes") return d.status === "claim" ? "light" : "solid";
  return d.included === "partly" ? "light" : d.included === "unknown" ? "pale" : "outline";
}
const STYLE: [string, Record<string, string | number>][] = [
  ["solid", { fill: palette.official }],
  ["light", { fill: palette.estimate }],
  ["pale", { fill: palette.muted, fillOpacity: 0.25 }],
  ["outline", { fill: "none", stroke: palette.muted, strokeOpacity: 0.5 }],
];

export default defineChart({
  id: "one-event-many-totals",
  title: "How one enforcement event does or does not appear in five published totals",
  takeaway: (rows) => {
    const yes = (event: string) => rows.filter((r) => r.event_id === event && r.included === "yes").length;
    const unknown = rows.filter((r) => r.included === "unknown").length;
    const dhsStated = rows.filter((r) => r.total_id === "dhs-deportations" && (r.included === "unknown" || r.status !== "official")).length;
    const events = new Set(rows.map((r) => r.event_id)).size;
    return `A Border Patrol arrest handed to ICE detention and later removed is included in ${yes("cbp-to-ice-detention")} of 5 published totals, a turnback at a port of entry in ${yes("port-turnaround")}, and a departure through the CBP Home app in ${yes("cbp-home-departure")}; no published rule covers ${unknown} of ${rows.length} cells, and ${dhsStated} of ${events} cells for DHS's 'deportations' rest on DHS statements.`;
  },
  notes: [
    "Dark cells follow a published agency rule (ICE workbook footnotes, OHSS definitions, CBP data files); light cells rest on DHS statements or a partial inclusion; a question mark means no published rule says.",
    "Totals count events: the same person can be an encounter, a book-in and a removal, and can be counted in several agencies' totals, so the totals cannot be added together.",
    "The ICE Air row changed during 2025-26: ICE's FY2026 workbooks say expedited removals and voluntary returns with no ICE detention but turned over to ICE are counted as ICE removals from FY2025; in 2025 ICE told FOIA requesters such cases belonged to CBP.",
    "A 287(g) partner's arrest is credited to ICE as arresting agency; no public table shows the partner's share.",
    "The reason and source for each cell are in the counting-matrix table of the definitions dataset.",
  ],
  data: { dataset: "definitions", version: "1.0.0", resource: "counting-matrix" },
  // For the table: short event names, and each answer with "(DHS statements)" where it rests on statements, not a published rule.
  transform: (rows) => rows.map((r) => ({ ...r, event_label: EVENT_LABEL[String(r.event_id)]?.[0] ?? r.event, total_label: TOTAL_LABEL[String(r.total_id)]?.[0].replace("\n", " ") ?? r.total, answer: r.included === "unknown" ? "not stated" : `${r.included}${r.status === "claim" ? " (DHS statements)" : ""}` })),
  legend: [
    { label: "Included (published rule)", swatch: "solid", color: palette.official },
    { label: "Included according to DHS statements, or partly", swatch: "light", color: palette.estimate },
    { label: "Not included", swatch: "outline", color: palette.muted },
    { label: "Not stated", swatch: "light", color: palette.muted },
  ],
  columns: [
    { key: "event_label", label: "Event" },
    { key: "total_label", label: "Published total" },
    { key: "answer", label: "Included?" },
  ],
  plot: ({ rows, narrow }) => {
    const events = [...new Set([...rows].sort((a, b) => Number(a.event_order) - Number(b.event_order)).map((r) => String(r.event_id)))];
    return {
      height: narrow ? 320 : 300,
      marginLeft: narrow ? 142 : 290,
      marginTop: 46,
      x: { type: "band", domain: TOTALS, axis: "top", tickFormat: (id: string) => TOTAL_LABEL[id]?.[narrow ? 1 : 0] ?? id, label: null, tickSize: 0, padding: 0.06 },
      y: { type: "band", domain: events, tickFormat: (id: string) => EVENT_LABEL[id]?.[narrow ? 1 : 0] ?? id, label: null, tickSize: 0, padding: 0.08 },
      marks: [
        // One cell mark per style, so each style is written once on its group; the answer for each cell is in the table.
        ...STYLE.map(([kind, style]) => Plot.cell(rows.filter((d) => cellKind(d) === kind), { x: "total_id", y: "event_id", inset: 1, ...style })),
        // A question mark in each cell no published rule covers, so "not stated" does not rest on colour alone.
        Plot.text(rows.filter((d) => cellKind(d) === "pale"), { x: "total_id", y: "event_id", text: () => "?", fontSize: narrow ? 12 : 13, fontWeight: "bold" }),
      ],
    };
  },
});
