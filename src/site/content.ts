import { getCollection, type CollectionEntry } from "astro:content";

/** Published articles (drafts only in development), newest first. */
export async function publishedArticles(): Promise<CollectionEntry<"articles">[]> {
  const entries = await getCollection("articles", (entry) => import.meta.env.DEV || !entry.data.draft);
  return entries.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
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
