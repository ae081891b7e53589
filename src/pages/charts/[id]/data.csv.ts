import type { APIRoute, GetStaticPaths } from "astro";
import { charts, builtChart } from "../../../site/charts.ts";

/** Exactly the rows a chart plots, as CSV. */
export const getStaticPaths = (() => [...charts().keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => new Response(builtChart(params.id!).csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
