import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as Plot from "@observablehq/plot";
import { loadCatalog } from "../../src/lib/data/catalog.ts";
import { buildChart } from "../../src/lib/charts/build-chart.ts";
import { validateChartDefinition, type ChartData, type ChartDefinition } from "../../src/lib/charts/define.ts";
import { finishSvg, renderPlot } from "../../src/lib/charts/render-plot.ts";
import { buildChartRegistry } from "../../src/lib/charts/registry.ts";
import { fy } from "../../src/lib/charts/house.ts";
import sample from "../fixtures/charts/sample-removals-bars.ts";

const catalog = loadCatalog({ root: join(import.meta.dirname, "../fixtures/catalog") });

/** Normalises an SVG for golden comparison, as Plot's own snapshot tests do: ids renumbered, numbers to 1 decimal. */
function normalise(svg: string): string {
  return svg.replace(/>\s*</g, ">\n<");
}

describe("buildChart", () => {
  const chart = buildChart(catalog, sample);

  test("matches the golden SVG (wide and narrow)", async () => {
    await expect(normalise(chart.svg)).toMatchFileSnapshot("./__snapshots__/sample-removals-bars.svg");
    await expect(normalise(chart.svgNarrow)).toMatchFileSnapshot("./__snapshots__/sample-removals-bars.narrow.svg");
  });

  test("two renders of the same chart are byte-identical, even after other charts render", () => {
    renderPlot({ marks: [Plot.lineY([1, 2, 3], { clip: true })] }, { idPrefix: "other", width: 300, title: "Other", description: "Another chart" });
    const again = buildChart(catalog, sample);
    expect(again.svg).toBe(chart.svg);
    expect(again.svgNarrow).toBe(chart.svgNarrow);
  });

  test("the SVG has an accessible name and description and no ARIA on plain groups", () => {
    expect(chart.svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="sample-removals-bars-title" aria-describedby="sample-removals-bars-desc"><title id="sample-removals-bars-title">Sample removals by fiscal year \(fixture\)<\/title><desc id="sample-removals-bars-desc">The fixture has 4 rows, of which 1 is missing\.<\/desc>/);
    expect(chart.svg).not.toMatch(/<g[^>]*aria-label/);
    expect(chart.svg).not.toContain("<style");
  });

  test("years are labelled as fiscal years, never with thousands separators", () => {
    expect(chart.svg).toContain(">FY2024<");
    expect(chart.svg).not.toMatch(/2,02\d/);
    expect(fy(2024)).toBe("FY2024");
    expect(chart.table.cells.map((row) => row[0])).toEqual(["FY2023", "FY2024", "FY2025", "FY2026"]);
  });

  test("coordinates are rounded to one decimal", () => {
    expect(chart.svg.replace(/"[-\d.]+em"/g, "")).not.toMatch(/\d\.\d{2,}/);
  });

  test("the table and CSV hold exactly the plotted rows, missing values left empty", () => {
    expect(chart.table.headers).toEqual(["Fiscal year", "Removals (people)", "Status"]);
    expect(chart.table.cells[2]).toEqual(["FY2025", "—", "missing"]);
    expect(chart.csv).toBe("fiscal_year,removals,status\n2023,142580,official\n2024,271485,official\n2025,,missing\n2026,600000,claim\n");
  });

  test("sources credit the original agency first", () => {
    expect(chart.sources.map((source) => source.publisher)).toEqual(["Test Agency", "Test Outlet"]);
    expect(chart.datasets).toEqual([{ dataset: "sample-removals", version: "1.1.0", resource: "removals", title: "Sample removals by fiscal year (test fixture)" }]);
  });

  test("a filter that matches nothing fails naming the chart", () => {
    expect(() => buildChart(catalog, { ...sample, data: { ...(sample.data as ChartData), filter: () => false } })).toThrow('chart "sample-removals-bars": the data selection matched no rows');
  });
});

describe("validateChartDefinition: required metadata", () => {
  const file = "content/charts/sample-removals-bars.ts";
  const without = (key: keyof ChartDefinition) => ({ ...sample, [key]: undefined });
  test("a complete chart passes", () => expect(validateChartDefinition(sample, file, "sample-removals-bars")).toEqual([]));
  test("no title", () => expect(validateChartDefinition(without("title"), file, "sample-removals-bars")[0].message).toBe('chart "sample-removals-bars": has no title; expected a heading saying what is counted, by whom, over which period'));
  test("no takeaway", () => expect(validateChartDefinition(without("takeaway"), file, "sample-removals-bars")[0].message).toBe('chart "sample-removals-bars": has no takeaway; expected one sentence stating what the chart shows (it is also the text alternative)'));
  test("no notes", () => expect(validateChartDefinition({ ...sample, notes: [] }, file, "sample-removals-bars")[0].message).toContain("has no notes"));
  test("no pinned version", () => expect(validateChartDefinition({ ...sample, data: { dataset: "sample-removals", version: "latest" } }, file, "sample-removals-bars")[0].message).toContain('has no pinned version; expected e.g. version: "1.0.0"'));
  test("id differs from the file name", () => expect(validateChartDefinition(sample, file, "renamed")[0].message).toContain('id is "sample-removals-bars"; expected "renamed"'));
  test("the registry drops an invalid chart and reports it at its file", () => {
    const { charts, issues } = buildChartRegistry({ "content/charts/sample-removals-bars.ts": { default: sample }, "content/charts/broken.ts": { default: { ...sample, id: "broken", takeaway: "" } } });
    expect([...charts.keys()]).toEqual(["sample-removals-bars"]);
    expect(issues.map((issue) => `${issue.file}:${issue.line}:${issue.column}`)).toEqual(["content/charts/broken.ts:1:1"]);
  });
});

describe("finishSvg", () => {
  test("renames counter ids to stable ids and rewrites their references", () => {
    const out = finishSvg('<svg viewBox="0 0 10 10"><clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)" aria-label="bar"></g></svg>', { idPrefix: "c", width: 10, title: "T", description: "D" });
    expect(out).toBe('<svg viewBox="0 0 10 10" role="img" aria-labelledby="c-title" aria-describedby="c-desc"><title id="c-title">T</title><desc id="c-desc">D</desc><clipPath id="c-1"></clipPath><g clip-path="url(#c-1)"></g></svg>');
  });
  test("Plot titles or legends (which return a figure) are refused", () => {
    expect(() => renderPlot({ title: "x", marks: [Plot.dot([1])] }, { idPrefix: "fig", width: 200, title: "t", description: "d" })).toThrow(/returned a <figure> instead of an <svg>/);
  });
});
