import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./lib/content/front-matter.ts";
import { catalogLoader } from "./site/catalog-loader.ts";

/** Explainers: `content/articles/<slug>.mdx`. Front matter is validated by `articleSchema` (src/lib/content/front-matter.ts). */
const articles = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/articles" }),
  schema: articleSchema,
});

/** Notebooks showing the working behind each article: `content/notebooks/<slug>.mdx`. */
const notebooks = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/notebooks" }),
  schema: articleSchema,
});

/** Standalone pages written in MDX (About, Methods): `content/pages/<slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/pages" }),
  schema: articleSchema,
});

/** The data catalog (data/<name>/datapackage.json), validated and typed by src/lib/data. */
const datasets = defineCollection({ loader: catalogLoader() });

export const collections = { articles, notebooks, pages, datasets };
