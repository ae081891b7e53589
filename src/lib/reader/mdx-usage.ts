import { scanComponents } from "../content/mdx-scan.ts";

/** A published MDX page (article, notebook or standalone page) as the reader pages need it. */
export interface ContentPage {
  kind: "article" | "notebook" | "page";
  slug: string;
  title: string;
  /** Site-absolute path, e.g. `/articles/removals/`. */
  path: string;
  /** Datasets named in front matter. */
  datasets: readonly string[];
  /** Raw MDX body. */
  body: string;
}

/** Site-absolute path of an MDX page by kind and slug. */
export function contentPath(kind: ContentPage["kind"], slug: string): string {
  return kind === "article" ? `/articles/${slug}/` : kind === "notebook" ? `/notebooks/${slug}/` : `/${slug}/`;
}

/**
 * For one component attribute (e.g. `<Note source>` or `<Term slug>`), which pages use each value, in page order.
 * Values written as expressions that cannot be evaluated are ignored; the checks report those.
 */
export function componentUsage(pages: readonly ContentPage[], component: string, attribute: string): Map<string, ContentPage[]> {
  const usage = new Map<string, ContentPage[]>();
  for (const page of pages) {
    for (const call of scanComponents(page.body, [component])) {
      const value = call.props[attribute];
      if (typeof value !== "string") continue;
      const list = usage.get(value) ?? [];
      if (!list.includes(page)) list.push(page);
      usage.set(value, list);
    }
  }
  return usage;
}
