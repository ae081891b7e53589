// The sources page lists every source in the registry under its id, with publisher, title, date and link, and
// names the datasets, pages and charts that rely on it; every "source record" link on the site resolves.
import { describe, expect, it } from "vitest";
import { catalog, content, link, page, pages, text } from "./helpers.ts";

const document = page("/sources/");
const entries = new Map([...document.querySelectorAll(".source-list > li[id]")].map((item) => [item.id, item]));

describe("sources page", () => {
  it("has one entry per source in the registry", () => {
    expect([...entries.keys()].sort()).toEqual([...catalog.sources.keys()].sort());
  });

  it.each([...catalog.sources.values()].map((source) => [source.id, source] as const))("%s: title, link, publisher, dates, checksum and users", (id, source) => {
    const item = entries.get(id)!;
    const first = item.querySelector("a")!;
    expect(first.getAttribute("href")).toBe(source.url);
    expect(text(first)).toBe(source.title.replace(/\s+/g, " "));
    expect(text(item)).toContain(source.publisher);
    expect(item.querySelector(`time[datetime="${source.accessed}"]`)).not.toBeNull();
    if (source.published) expect(item.querySelector(`time[datetime="${source.published}"]`)).not.toBeNull();
    if (source.sha256) expect(text(item)).toContain(source.sha256);
    const hrefs = [...item.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    for (const dataset of catalog.datasets.values()) {
      const cites = dataset.versions.some((version) => [...version.tables.values()].some((table) => table.rows.some((row) => row.source_id === id)));
      expect(hrefs.includes(link(`/data/${dataset.name}/`)), `${id} relied on by ${dataset.name}: ${cites}`).toBe(cites);
    }
    for (const entry of content) {
      const note = new RegExp(`<Note[^>]*source=["']${id}["']`).test(entry.body);
      const viaData = entry.data.datasets.some((name) => catalog.datasets.get(name)?.versions.some((version) => [...version.tables.values()].some((table) => table.rows.some((row) => row.source_id === id))));
      expect(hrefs.includes(link(entry.path)), `${id} relied on by ${entry.path}`).toBe(note || viaData);
    }
  });

  it("is where every source-record link on the site points, and each one resolves", () => {
    let checked = 0;
    for (const built of pages) {
      for (const a of page(built.path).querySelectorAll("a[href]")) {
        const href = a.getAttribute("href")!;
        if (!href.startsWith(link("/sources/#"))) continue;
        checked++;
        expect(entries.has(decodeURIComponent(href.split("#")[1])), `${built.path} links to ${href}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
