import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { publishedArticles, TOPIC_LABELS } from "../../site/content.ts";
import { absoluteUrl } from "../../site/paths.ts";
import { renderOgPng } from "../../lib/reader/og-image.ts";

/** The Open Graph / social card of each article (1200×630 PNG), drawn at build time from its title and dek. */
export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { entry } = props;
  const topic = (TOPIC_LABELS[entry.data.topic] ?? entry.data.topic).split(":")[0];
  const png = renderOgPng({
    kicker: `Enforcement Ledger · ${topic}`,
    title: entry.data.title,
    dek: entry.data.dek,
    footer: absoluteUrl(`/articles/${entry.id}/`).replace(/^https?:\/\//, ""),
  });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
