import type { APIRoute, GetStaticPaths } from "astro";
import { charts, builtChart } from "../../../site/charts.ts";
import { standaloneSvg } from "../../../lib/charts/standalone.ts";

/** The chart as a self-contained SVG file (light theme, title and source line included). */
export const getStaticPaths = (() => [...charts().keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => {
  const chart = builtChart(params.id!);
  const source = `Source: ${chart.sources.map((s) => s.publisher).filter((p, i, all) => all.indexOf(p) === i).join("; ")}`;
  return new Response(standaloneSvg(chart.svg, { title: chart.definition.title, source }), { headers: { "Content-Type": "image/svg+xml" } });
};
