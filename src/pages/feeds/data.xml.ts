import type { APIRoute } from "astro";
import { catalog } from "../../site/catalog.ts";
import { dataReleases } from "../../site/releases.ts";
import { absoluteUrl } from "../../site/paths.ts";
import { buildInfo } from "../../site/build-info.ts";
import { renderAtom } from "../../lib/feeds/atom.ts";

/** Atom feed of dataset releases: every version of every dataset is one entry, linking to that version's page. */
export const GET: APIRoute = () => {
  const data = catalog();
  const entries = dataReleases(data).map((release) => ({
    url: absoluteUrl(`/data/${release.dataset}/${release.version}/`),
    title: `${release.title}, version ${release.version}`,
    published: release.date,
    summary: `${release.changes} Dataset: ${release.dataset}.`,
    categories: [data.datasets.get(release.dataset)!.descriptor.topic],
  }));
  const xml = renderAtom({
    title: "Enforcement Ledger: data releases",
    subtitle: "Every new version of every dataset, with what changed.",
    selfUrl: absoluteUrl("/feeds/data.xml"),
    siteUrl: absoluteUrl("/data/"),
    author: "Enforcement Ledger",
    fallbackUpdated: buildInfo().date,
    entries,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
