import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { palette, statusFill, statusStroke, utcDate } from "../../lib/charts/house.ts";

/** A Plot specification the DOM benchmark renders: a name, what it exercises, and the options at a width. */
export interface BenchSpec {
  id: string;
  kind: string;
  title: string;
  plot: (width: number) => PlotOptions;
}

/** Deterministic pseudo-random numbers (mulberry32), so synthetic charts are identical on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ["official", "official", "official", "official", "estimate", "claim"];

/**
 * Synthetic charts that stress each mark kind the site uses, at sizes beyond the real charts:
 * many bars, lines broken by missing values, many dots with titles, dated rules with text annotations.
 */
export function syntheticSpecs(): BenchSpec[] {
  const random = seededRandom(11);
  const bars = Array.from({ length: 120 }, (_, i) => ({ year: 1906 + i, value: Math.round(20000 + random() * 400000), status: STATUSES[i % STATUSES.length] }));
  const months = Array.from({ length: 6 * 120 }, (_, i) => {
    const series = `Series ${Math.floor(i / 120) + 1}`;
    const month = i % 120;
    const gap = month % 37 > 31; // a run of missing months every three years: the line must break, not drop to zero
    return { series, date: utcDate(`${2016 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`), value: gap ? null : Math.round(1000 + random() * 9000) };
  });
  const dots = Array.from({ length: 2000 }, (_, i) => ({ x: random() * 100, y: random() * 50 + (i % 7) * 5, status: STATUSES[i % STATUSES.length], label: `Point ${i + 1}` }));
  const events = [
    { date: utcDate("2017-01-20"), label: "Jan. 20, 2017" },
    { date: utcDate("2020-03-21"), label: "Title 42 begins" },
    { date: utcDate("2021-01-20"), label: "Jan. 20, 2021" },
    { date: utcDate("2023-05-11"), label: "Title 42 ends" },
    { date: utcDate("2025-01-20"), label: "Jan. 20, 2025" },
  ];
  const totals = months.filter((d) => d.series === "Series 1");
  return [
    {
      id: "synthetic-bars-120",
      kind: "bars",
      title: "120 bars with status fills and titles",
      plot: () => ({
        height: 320,
        marginLeft: 60,
        x: { type: "band", label: null, tickFormat: (d: number) => (d % 10 === 0 ? String(d) : "") },
        y: { grid: true, label: "Value" },
        marks: [
          Plot.barY(bars, { x: "year", y: "value", fill: (d) => statusFill(d.status), stroke: (d) => statusStroke(d.status), title: (d) => `${d.year}: ${d.value}` }),
          Plot.ruleY([0]),
        ],
      }),
    },
    {
      id: "synthetic-lines-with-gaps",
      kind: "lines with gaps",
      title: "Six monthly series over ten years, with missing runs",
      plot: () => ({
        height: 320,
        marginLeft: 60,
        x: { type: "utc", label: null },
        y: { grid: true, label: "Value" },
        color: { range: [...palette.series] },
        marks: [Plot.lineY(months, { x: "date", y: "value", stroke: "series", strokeWidth: 1.5 }), Plot.ruleY([0])],
      }),
    },
    {
      id: "synthetic-dots-2000",
      kind: "dots",
      title: "2,000 dots with status styling and titles",
      plot: () => ({
        height: 360,
        x: { label: "x" },
        y: { label: "y", grid: true },
        marks: [Plot.dot(dots, { x: "x", y: "y", r: 2.5, fill: (d) => statusFill(d.status), stroke: (d) => statusStroke(d.status), title: "label" })],
      }),
    },
    {
      id: "synthetic-annotations",
      kind: "rules and text annotations",
      title: "A monthly line with dated event rules and labels",
      plot: (width) => ({
        height: 320,
        marginLeft: 60,
        marginTop: 30,
        x: { type: "utc", label: null, ticks: width < 500 ? 4 : 8 },
        y: { grid: true, label: "Value" },
        marks: [
          Plot.ruleX(events, { x: "date", stroke: palette.muted, strokeDasharray: "2,3" }),
          Plot.text(events, { x: "date", frameAnchor: "top", text: "label", textAnchor: "start", dx: 4, dy: -20, fill: palette.muted, fontSize: 11 }),
          Plot.lineY(totals, { x: "date", y: "value", stroke: palette.official }),
          Plot.text(totals.filter((d) => d.value !== null && d.date.getUTCMonth() === 0), { x: "date", y: "value", text: (d) => String(d.value), dy: -8, fontSize: 9, fill: palette.muted }),
          Plot.ruleY([0]),
        ],
      }),
    },
    {
      id: "synthetic-mixed",
      kind: "bars, line, dots, rules, text",
      title: "Every mark kind in one chart",
      plot: () => ({
        height: 340,
        marginLeft: 60,
        x: { label: null },
        y: { grid: true, label: "Value" },
        marks: [
          Plot.rectY(bars.slice(0, 40), { x1: (d) => d.year, x2: (d) => d.year + 0.8, y: "value", fill: (d) => statusFill(d.status), title: (d) => `${d.year}` }),
          Plot.lineY(bars.slice(0, 40), { x: "year", y: (d) => d.value * 0.8, stroke: palette.series[1] }),
          Plot.dot(bars.slice(0, 40), { x: "year", y: (d) => d.value * 1.1, r: 3, stroke: palette.series[2] }),
          Plot.ruleX([1920], { stroke: palette.muted }),
          Plot.text([1920], { x: (d) => d, frameAnchor: "top", text: () => "1920", dx: 4, textAnchor: "start" }),
          Plot.ruleY([0]),
        ],
      }),
    },
  ];
}
