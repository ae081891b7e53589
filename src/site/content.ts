import { getCollection, type CollectionEntry } from "astro:content";

let articlesOfBuild: CollectionEntry<"articles">[] | null = null;

/**
 * Published articles (drafts only in development), newest first. A static build reads and sorts the collection
 * once (pages call this thousands of times on a large site); the dev server reads it afresh so edits show up.
 */
export async function publishedArticles(): Promise<CollectionEntry<"articles">[]> {
  if (import.meta.env.PROD && articlesOfBuild) return [...articlesOfBuild];
  const entries = await getCollection("articles", (entry) => import.meta.env.DEV || !entry.data.draft);
  const sorted = entries.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
  if (import.meta.env.PROD) articlesOfBuild = sorted;
  return [...sorted];
}

let chartUses: Map<string, CollectionEntry<"articles">[]> | null = null;

/**
 * Published articles whose MDX names a chart (`id="<chart-id>"`, as `<Chart id="…" />` writes it), newest first.
 * Indexed once per build: a search of every article body for every chart page grows with charts × articles.
 */
export async function articlesShowingChart(id: string): Promise<CollectionEntry<"articles">[]> {
  if (!chartUses || !import.meta.env.PROD) {
    chartUses = new Map();
    for (const entry of await publishedArticles()) {
      for (const match of (entry.body ?? "").matchAll(/id="([^"]+)"/g)) {
        const list = chartUses.get(match[1]) ?? [];
        if (!list.includes(entry)) list.push(entry);
        chartUses.set(match[1], list);
      }
    }
  }
  return [...(chartUses.get(id) ?? [])];
}

/** Published notebooks. */
export async function publishedNotebooks(): Promise<CollectionEntry<"notebooks">[]> {
  const entries = await getCollection("notebooks", (entry) => import.meta.env.DEV || !entry.data.draft);
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Labels for topics, in the order the home page shows them. */
export const TOPIC_LABELS: Record<string, string> = {
  enforcement: "Enforcement: arrests, detention, removals, the border",
  staffing: "Capacity: staffing, money, beds and partners",
  "reporting-gaps": "The record: what is published and what is not",
  methods: "Methods and guides",
};

/** ISO date (YYYY-MM-DD) of a front-matter date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Estimated reading time in minutes from an MDX body (words / 230, at least 1). */
export function readingMinutes(body: string | undefined): number {
  const words = (body ?? "").replace(/<[^>]+>/g, " ").replace(/[{}#*_`|-]/g, " ").split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
