// The Pagefind index in the built site holds every article, notebook, page, dataset and glossary term, with the
// type and topic filters the search page offers; the search page loads Pagefind only on demand and lists
// everything as plain links for readers without JavaScript.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readIndexedItems, type IndexedItem } from "../../src/lib/search/read-index.ts";
import { SEARCH_TYPES } from "../../src/lib/search/records.ts";
import { catalog, content, dist, distText, glossary, link, page, pages, text } from "./helpers.ts";

const items = readIndexedItems(join(dist, "pagefind"));
const byUrl = new Map<string, IndexedItem>(items.map((item) => [item.url, item]));

function find(url: string): IndexedItem {
  const item = byUrl.get(url);
  if (!item) throw new Error(`the search index has no item for ${url}; it has ${items.length} items: ${[...byUrl.keys()].join(", ")}`);
  return item;
}

describe("search index (dist/pagefind)", () => {
  it("holds no item twice", () => {
    expect(byUrl.size).toBe(items.length);
  });

  it.each(content.map((entry) => [entry.path, entry] as const))("has page %s with its type, topic and title", (path, entry) => {
    const item = find(path);
    expect(item.filters.type).toEqual([entry.kind]);
    expect(item.filters.topic).toEqual([entry.data.topic]);
    expect(item.meta.title).toBe(entry.data.title);
    expect(item.content).toContain(entry.data.dek.replace(/\s+/g, " ").slice(0, 40));
  });

  it.each([...catalog.datasets.values()].map((dataset) => [dataset.name, dataset] as const))("has dataset %s with every field's description", (name, dataset) => {
    const item = find(`/data/${name}/`);
    expect(item.filters.type).toEqual(["dataset"]);
    expect(item.filters.topic).toEqual([dataset.descriptor.topic]);
    expect(item.meta.title).toBe(dataset.descriptor.title);
    for (const resource of dataset.descriptor.resources) {
      for (const field of resource.schema.fields) expect(item.content, `${name}.${resource.name}.${field.name}`).toContain(field.description.trim().replace(/[.]$/, ""));
    }
  });

  it("has one item per glossary term", () => {
    const terms = items.filter((item) => item.filters.type?.[0] === "glossary").map((item) => item.url).sort();
    expect(terms).toEqual(glossary.map((term) => `/glossary/#${term.slug}`).sort());
    for (const term of glossary) {
      const item = find(`/glossary/#${term.slug}`);
      expect(item.meta.title).toBe(term.term);
      if (term.definition) expect(item.content).toContain(term.definition.slice(0, 40));
    }
  });

  it("indexes only what the search page offers: every type filter value is a known type", () => {
    for (const item of items) expect(Object.keys(SEARCH_TYPES), item.url).toContain(item.filters.type?.[0]);
    expect(items.length).toBe(content.length + catalog.datasets.size + glossary.length);
  });

  it("points every result at a page that exists in the build", () => {
    const paths = new Set(pages.map((built) => built.path));
    for (const item of items) expect(paths, `${item.url} is in the index but not in ${dist}`).toContain(item.url.split("#")[0]);
  });
});

describe("search page", () => {
  const document = page("/search/");

  it("lists everything searchable as plain links, without JavaScript", () => {
    const hrefs = new Set([...document.querySelectorAll("section[aria-labelledby=everything] a")].map((a) => a.getAttribute("href")));
    for (const item of items) expect(hrefs, `no plain link to ${item.url}`).toContain(link(item.url));
  });

  it("keeps the search form hidden until its script runs, and loads Pagefind only on demand", () => {
    const widget = document.querySelector("[data-search]");
    expect(widget?.hasAttribute("hidden")).toBe(true);
    expect(widget?.getAttribute("data-bundle")).toBe(link("/pagefind/pagefind.js"));
    const html = document.documentElement.outerHTML;
    expect(html).not.toMatch(/<script[^>]+src="[^"]*pagefind/);
    expect(html).not.toMatch(/<link[^>]+href="[^"]*pagefind/);
    expect(text(document.querySelector("label[for=search-q]"))).not.toBe("");
  });

  it("is the only page that ships a script", () => {
    const withScripts = pages.filter((built) => built.path !== "/search/" && /<script(?![^>]*type="application\/ld\+json")/.test(distText(built.file)));
    expect(withScripts.map((built) => built.path)).toEqual([]);
  });
});
