import type { APIRoute } from "astro";
import { publishedArticles, isoDate } from "../../site/content.ts";
import { absoluteUrl } from "../../site/paths.ts";
import { buildInfo } from "../../site/build-info.ts";
import { renderAtom } from "../../lib/feeds/atom.ts";

/** Atom feed of articles, newest first. An article counts as updated on its `updated` date or its latest correction. */
export const GET: APIRoute = async () => {
  const articles = await publishedArticles();
  const entries = articles.map((entry) => {
    const published = isoDate(entry.data.published);
    const changes = [published, ...(entry.data.updated ? [isoDate(entry.data.updated)] : []), ...entry.data.corrections.map((correction) => isoDate(correction.date))];
    return {
      url: absoluteUrl(`/articles/${entry.id}/`),
      title: entry.data.title,
      published,
      updated: changes.reduce((a, b) => (b > a ? b : a)),
      summary: entry.data.dek,
      authors: entry.data.authors,
      categories: [entry.data.topic],
    };
  });
  const xml = renderAtom({
    title: "Enforcement Ledger: articles",
    subtitle: "Explainers on U.S. immigration enforcement figures, each with its sources and data.",
    selfUrl: absoluteUrl("/feeds/articles.xml"),
    siteUrl: absoluteUrl("/articles/"),
    author: "Enforcement Ledger",
    fallbackUpdated: buildInfo().date,
    entries,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
