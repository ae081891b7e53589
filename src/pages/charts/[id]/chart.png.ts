import type { APIRoute, GetStaticPaths } from "astro";
import { Resvg } from "@resvg/resvg-js";
import { charts, builtChart } from "../../../site/charts.ts";
import { standaloneSvg } from "../../../lib/charts/standalone.ts";

/** The chart as a PNG, rasterised at build time from the standalone SVG (2× for sharp screens). */
export const getStaticPaths = (() => [...charts().keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => {
  const chart = builtChart(params.id!);
  const source = `Source: ${chart.sources.map((s) => s.publisher).filter((p, i, all) => all.indexOf(p) === i).join("; ")}`;
  const svg = standaloneSvg(chart.svg, { title: chart.definition.title, source });
  const png = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
