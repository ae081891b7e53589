import { ValidationError, hasErrors } from "../lib/data/issues.ts";
import { buildChart, type BuiltChart } from "../lib/charts/build-chart.ts";
import { buildChartRegistry, type ChartModules } from "../lib/charts/registry.ts";
import type { ChartDefinition } from "../lib/charts/define.ts";
import { catalog } from "./catalog.ts";

const modules = import.meta.glob("../../content/charts/*.ts", { eager: true }) as ChartModules;
const sourcesText = import.meta.glob("../../content/charts/*.ts", { eager: true, query: "?raw", import: "default" }) as Record<string, string>;

let registry: Map<string, ChartDefinition> | null = null;
const built = new Map<string, BuiltChart>();

/** Every chart definition by id; the build fails listing every chart with missing metadata. */
export function charts(): Map<string, ChartDefinition> {
  if (!registry) {
    const result = buildChartRegistry(modules);
    if (hasErrors(result.issues)) throw new ValidationError(result.issues, "Charts are missing required metadata");
    registry = result.charts;
  }
  return registry;
}

/** A chart rendered once per build, however many pages show it. */
export function builtChart(id: string, usedBy = "a page"): BuiltChart {
  const cached = built.get(id);
  if (cached) return cached;
  const definition = charts().get(id);
  if (!definition) throw new Error(`${usedBy} uses <Chart id="${id}" />, but content/charts/${id}.ts does not exist. Charts: ${[...charts().keys()].join(", ")}`);
  const chart = buildChart(catalog(), definition);
  built.set(id, chart);
  return chart;
}

let sourcesById: Map<string, string> | null = null;

/** The source code of a chart module, shown under the chart. (Indexed once: a search per call grew with charts × pages.) */
export function chartSource(id: string): string {
  sourcesById ??= new Map(Object.entries(sourcesText).map(([path, text]) => [path.slice(path.lastIndexOf("/") + 1).replace(/\.ts$/, ""), text]));
  return sourcesById.get(id) ?? "";
}
