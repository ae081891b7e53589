import { chartSelections, type ChartDefinition } from "./define.ts";

/**
 * The part of a chart module that makes the picture: which rows are selected (dataset, pinned version, filter),
 * any transformation, and the Plot specification, as the code that runs. Articles show this excerpt under each
 * chart; the chart's own page shows the whole module.
 */
export function chartSpecSource(definition: ChartDefinition): string {
  const selections = chartSelections(definition).map((selection) => {
    const parts = [`dataset: ${JSON.stringify(selection.dataset)}`, `version: ${JSON.stringify(selection.version)}`];
    if (selection.resource) parts.push(`resource: ${JSON.stringify(selection.resource)}`);
    if (selection.filter) parts.push(`filter: ${selection.filter.toString()}`);
    return `{ ${parts.join(", ")} }`;
  });
  const lines = [`data: ${selections.length === 1 ? selections[0] : `[\n  ${selections.join(",\n  ")}\n]`},`];
  if (definition.transform) lines.push(`transform: ${definition.transform.toString()},`);
  lines.push(`plot: ${definition.plot.toString()}`);
  return lines.join("\n");
}
