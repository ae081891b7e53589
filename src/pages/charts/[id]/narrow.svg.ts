import type { APIRoute, GetStaticPaths } from "astro";
import { charts, builtChart } from "../../../site/charts.ts";
import { themedImageSvg } from "../../../lib/charts/standalone.ts";

/** The 360 px variant of a chart as an image file that themes itself (light and dark). */
export const getStaticPaths = (() => [...charts().keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => new Response(themedImageSvg(builtChart(params.id!).svgNarrow), { headers: { "Content-Type": "image/svg+xml" } });
