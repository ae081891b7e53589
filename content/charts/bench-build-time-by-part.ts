import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

// The build phases and kinds of generated routes in the data, grouped into six parts a reader can compare.
const GROUPS = [
  { name: "Chart PNG images", parts: ["chart PNGs"] },
  { name: "Social-card PNG images", parts: ["social-card PNGs"] },
  { name: "Article and notebook pages", parts: ["article pages", "notebook pages"] },
  { name: "Other chart files (page, embed, SVG, CSV)", parts: ["chart pages", "chart embeds", "chart SVG files", "chart CSVs"] },
  { name: "Dataset pages and downloads", parts: ["data table pages", "dataset pages", "data downloads"] },
  { name: "Start-up, bundling, search index, other pages", parts: [] },
];
const groupOf = (part: unknown) => {
  const index = GROUPS.findIndex((group) => group.parts.includes(String(part)));
  return index === -1 ? GROUPS.length - 1 : index;
};
const label = (build: string, narrow: boolean) => {
  if (build === "real-site") return "Real site";
  const [, articles, rows] = /^synthetic-(\d+)-articles-(\d+)-rows$/.exec(build) ?? ["", build, ""];
  const size = Number(rows) >= 1e6 ? `${Number(rows) / 1e6}M` : `${Number(rows) / 1e3}k`;
  return narrow ? `${articles} · ${size}` : `${Number(articles).toLocaleString("en-US")} articles · ${size} rows`;
};

export default defineChart({
  id: "bench-build-time-by-part",
  title: "Where the build time went: each measured build split into six parts, on the benchmark machine",
  takeaway: (rows) => {
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(String(r.build), (totals.get(String(r.build)) ?? 0) + Number(r.seconds));
    const largest = [...totals].sort((a, b) => b[1] - a[1])[0];
    const parts = rows.filter((r) => r.build === largest[0]).sort((a, b) => Number(b.seconds) - Number(a.seconds));
    const share = Math.round((Number(parts[0].seconds) / largest[1]) * 100);
    const part = String(parts[0].part);
    return `In the longest build (${label(largest[0], false)}), ${/^[A-Z][a-z]/.test(part) ? part[0].toLowerCase() + part.slice(1) : part} took ${Number(parts[0].seconds).toLocaleString("en-US")} of ${Math.round(largest[1]).toLocaleString("en-US")} seconds (${share}%).`;
  },
  notes: [
    "Route times are those Astro printed for each generated file, summed by kind; the first page that shows a chart also pays for rendering its SVG. Phases (start-up and content sync, bundling, search index) are timed from when each began.",
    "Each chart has six files besides the article that shows it: its page, an embeddable page, two SVGs (full and phone width), a PNG rasterised at twice its size, and a CSV of its rows.",
    "On a 2-core machine shared with other work: parts grow and shrink with that load as well as with the build.",
  ],
  data: { dataset: "benchmarks", version: "1.0.0", resource: "build-parts" },
  // Sums each build's phases and route kinds into the six parts, in a fixed order.
  transform: (rows) => {
    const sums = new Map<string, Row>();
    const builds: string[] = [];
    for (const r of rows) {
      const group = groupOf(r.part);
      const key = `${r.build}|${group}`;
      if (!builds.includes(String(r.build))) builds.push(String(r.build));
      const row = sums.get(key) ?? { build: r.build, part: GROUPS[group].name, part_order: group, seconds: 0, status: r.status, source_id: r.source_id };
      row.seconds = Math.round((Number(row.seconds) + Number(r.seconds)) * 10) / 10;
      sums.set(key, row);
    }
    return [...sums.values()].sort((a, b) => builds.indexOf(String(a.build)) - builds.indexOf(String(b.build)) || Number(a.part_order) - Number(b.part_order));
  },
  legend: GROUPS.map((group, index) => ({ label: group.name, swatch: "solid" as const, color: palette.series[index] })),
  columns: [
    { key: "build", label: "Build" },
    { key: "part", label: "Part" },
    { key: "seconds", label: "Time", unit: "seconds" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => {
    const order = [...new Set(rows.map((r) => label(String(r.build), narrow)))];
    return {
      height: 40 + order.length * 30,
      marginLeft: narrow ? 76 : 150,
      x: { label: "Seconds", grid: true },
      y: { label: null, domain: order },
      marks: [
        Plot.barX(rows, Plot.stackX({ y: (d: Row) => label(String(d.build), narrow), x: "seconds", fill: (d: Row) => palette.series[Number(d.part_order)], title: (d: Row) => `${label(String(d.build), false)}: ${d.part}, ${d.seconds} s` })),
        Plot.ruleX([0]),
      ],
    };
  },
});
