import type { APIRoute, GetStaticPaths } from "astro";
import { catalog } from "../../../../site/catalog.ts";
import { filesFor } from "../../../../site/datasets.ts";

/** Every download at `/data/<dataset>/<version>/<file>`, and the same bytes under `/data/<dataset>/latest/<file>`. */
export const getStaticPaths = (() =>
  [...catalog().datasets.values()].flatMap((dataset) => {
    const entries = dataset.versions.flatMap((version) => filesFor(dataset, version).map((file) => ({ params: { dataset: dataset.name, version: version.version, file: file.name }, props: { bytes: file.bytes, mediaType: file.mediaType } })));
    const latest = filesFor(dataset, dataset.latest).map((file) => ({ params: { dataset: dataset.name, version: "latest", file: file.name }, props: { bytes: file.bytes, mediaType: file.mediaType } }));
    return [...entries, ...latest];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(props.bytes as Uint8Array), { headers: { "Content-Type": props.mediaType as string } });
