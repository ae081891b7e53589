import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { events, palette, utcDate } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const DAY = 86_400_000;
const THRESHOLD = 15;

export default defineChart({
  id: "detention-release-gaps",
  title: "Days between consecutive postings of ICE's detention statistics workbooks, March 2021 to April 2026, against a 15-day semimonthly reference",
  takeaway: (rows) => {
    const gaps = rows.filter((r) => r.days_since_previous !== null);
    const over = gaps.filter((r) => Number(r.days_since_previous) > THRESHOLD);
    const top = [...gaps].sort((a, b) => Number(b.days_since_previous) - Number(a.days_since_previous)).slice(0, 3);
    return `Of ${gaps.length} intervals between consecutive dated postings known to us, ${over.length} were longer than ${THRESHOLD} days; the longest ran ${top.map((r) => `${r.days_since_previous} days (to ${r.posting_date})`).join(", ")}.`;
  },
  notes: [
    "Law: 8 U.S.C. 1378a requires ICE to publish its detention report within 7 days after December 20, 2019 and to update it semimonthly (twice a month); the 15-day line is a reading aid for \"half a month\", not a deadline written in the statute.",
    "Dates are those written in the workbook file names (MMDDYYYY in most, other formats parsed as recorded in the dataset); files named without a date (the FY2019 to FY2024 year files) and one file whose date contradicts its fiscal year are left out.",
    "Archive caveat: the list of postings is an independent archive's record of ICE's page, not ICE's release log; hollow dots are postings missing from that list but known from other copies, and other missing postings would make some gaps look longer than they were.",
    "The archive holds no dated file before March 2021, so the first 15 months of the requirement are not covered.",
  ],
  data: { dataset: "ice-detention-releases", version: "1.0.0", resource: "releases", filter: (r) => r.posting_date !== null },
  // Gap = days since the previous dated posting, computed here from the posting dates.
  transform: (rows) => {
    const sorted = [...rows].sort((a, b) => String(a.posting_date).localeCompare(String(b.posting_date)) || String(a.file_name).localeCompare(String(b.file_name)));
    return sorted.map((r, i) => ({
      posting_date: r.posting_date,
      file_name: r.file_name,
      days_since_previous: i === 0 ? null : Math.round((utcDate(String(r.posting_date)).getTime() - utcDate(String(sorted[i - 1].posting_date)).getTime()) / DAY),
      in_archive_list: r.in_archive_list,
      status: r.status,
      source_id: r.source_id,
    }));
  },
  legend: [
    { label: "Posting in the archive list", swatch: "solid", color: palette.official },
    { label: "Posting known from other copies", swatch: "outline", color: palette.official },
    { label: "15 days", swatch: "dashed", color: palette.muted },
  ],
  columns: [
    { key: "posting_date", label: "Posting date", format: "date" },
    { key: "file_name", label: "File" },
    { key: "days_since_previous", label: "Days since previous posting", unit: "days" },
    { key: "in_archive_list", label: "In archive list" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const pts = rows.filter((r) => r.days_since_previous !== null);
    const x = (d: Row) => utcDate(String(d.posting_date));
    const inaug = utcDate(events.inauguration2025.date);
    return {
      height: 320,
      marginLeft: 48,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: { label: "Days since previous posting", grid: true, domain: [0, 65] },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleY([THRESHOLD], { stroke: palette.muted, strokeDasharray: "5,4" }),
        Plot.ruleX([inaug], { stroke: palette.muted, strokeDasharray: "2,3" }),
        Plot.text([inaug], { x: (d: Date) => d, frameAnchor: "top", text: () => events.inauguration2025.label, textAnchor: "start", dx: 4, dy: 4, fill: palette.muted, fontSize: 11 }),
        Plot.ruleX(pts, { x, y1: 0, y2: "days_since_previous", stroke: palette.official, strokeOpacity: 0.5 }),
        // Filled dots for postings in the archive list, hollow for the others: one mark each, so the fill is written once.
        ...[palette.official, "none"].map((fill) =>
          Plot.dot(pts.filter((d) => Boolean(d.in_archive_list) === (fill !== "none")), { x, y: "days_since_previous", r: 3, stroke: palette.official, fill }),
        ),
        Plot.text([THRESHOLD], { y: (d: number) => d, frameAnchor: "left", textAnchor: "start", text: () => "15 days", dx: 2, dy: -7, fill: palette.muted, stroke: "var(--bg)", strokeWidth: 3, fontSize: 11 }),
      ],
    };
  },
});
