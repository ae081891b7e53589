import type { Issue } from "../data/issues.ts";
import { validateChartDefinition, type ChartDefinition } from "./define.ts";

/** Chart modules keyed by their path (as `import.meta.glob` or the Node loader returns them). */
export type ChartModules = Record<string, { default?: ChartDefinition }>;

/** The id a chart module must have: its file name without `.ts`. */
export function chartIdFromPath(path: string): string {
  return path.split("/").pop()!.replace(/\.ts$/, "");
}

/** Validates every chart module and indexes the valid ones by id. */
export function buildChartRegistry(modules: ChartModules, pathPrefix = "content/charts/"): { charts: Map<string, ChartDefinition>; issues: Issue[] } {
  const charts = new Map<string, ChartDefinition>();
  const issues: Issue[] = [];
  for (const [path, module] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const id = chartIdFromPath(path);
    const file = `${pathPrefix}${id}.ts`;
    const problems = validateChartDefinition(module.default, file, id);
    issues.push(...problems);
    if (problems.length === 0 && module.default) charts.set(id, module.default);
  }
  return { charts, issues };
}
