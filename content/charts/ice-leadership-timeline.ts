import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const KIND: Record<string, string> = { appointed: "appointed", removed: "removed", reassigned: "reassigned", resigned: "resigned", announced: "replacement announced", target_set: "3,000-a-day target set" };

export default defineChart({
  id: "ice-leadership-timeline",
  title: "Leadership changes at ICE and DHS, January 2025 to March 2026",
  takeaway: (rows) => `The record lists ${rows.length} dated leadership events from ${rows[0].date} to ${rows[rows.length - 1].date}, including two acting ICE directors in seven weeks, the deputy director's resignation and the announced replacement of the homeland security secretary.`,
  notes: [
    "Dates are those of the announcement or first report; the acting director's removal rests on officials speaking anonymously to NBC News.",
    "A reported reassignment of ICE field office directors in October 2025 is not charted: the original AP report could not be identified here.",
    "Includes the May 21, 2025 meeting at which the 3,000-a-day arrest target was set (a claim reported by Axios).",
  ],
  data: { dataset: "ice-pressure", version: "1.0.0", resource: "leadership" },
  transform: (rows) => [...rows].sort((a, b) => String(a.date).localeCompare(String(b.date))),
  columns: [
    { key: "date", label: "Date", format: "date" },
    { key: "person", label: "Who" },
    { key: "role", label: "Role" },
    { key: "event_type", label: "Change" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const data = rows.map((r: Row, i: number) => ({ ...r, t: utcDate(String(r.date)), lane: i, text: `${r.person}: ${KIND[String(r.event_type)]}` }));
    return {
      height: 40 + rows.length * 34,
      marginLeft: 10,
      marginRight: 10,
      x: { type: "utc", label: null, ticks: narrow ? 3 : 6, domain: [utcDate("2024-12-15"), utcDate("2026-06-01")] },
      y: { axis: null, domain: data.map((d) => d.lane), padding: 0.2 },
      marks: [
        Plot.ruleX([utcDate("2025-01-20")], { stroke: palette.muted, strokeDasharray: "3,3" }),
        Plot.dot(data, { x: "t", y: "lane", r: 5, fill: (d: Row) => (d.event_type === "target_set" ? "none" : palette.official), stroke: (d: Row) => (d.event_type === "target_set" ? palette.claim : palette.official), title: (d: Row) => `${d.date}: ${d.description}` }),
        Plot.text(data, { x: "t", y: "lane", text: "text", dx: 9, textAnchor: "start", fontSize: narrow ? 9 : 11, filter: (d: { t: Date }) => d.t < utcDate(narrow ? "2025-08-01" : "2025-11-15") }),
        Plot.text(data, { x: "t", y: "lane", text: "text", dx: -9, textAnchor: "end", fontSize: narrow ? 9 : 11, filter: (d: { t: Date }) => d.t >= utcDate(narrow ? "2025-08-01" : "2025-11-15") }),
      ],
    };
  },
});
