// The Atom feeds in the built site: well-formed XML, one entry per published article / per dataset version,
// absolute links to pages that exist, dates taken only from front matter and the data.
import { describe, expect, it } from "vitest";
import { dataReleases } from "../../src/site/releases.ts";
import { absolute, catalog, content, distText, iso, link, page, pages, parseXml, siteRoot } from "./helpers.ts";

const ATOM = "http://www.w3.org/2005/Atom";

function readFeed(path: string) {
  const document = parseXml(distText(path), path);
  const root = document.documentElement;
  const child = (element: Element, name: string) => [...element.children].filter((node) => node.namespaceURI === ATOM && node.localName === name);
  return {
    root,
    updated: child(root, "updated")[0]?.textContent ?? "",
    links: child(root, "link").map((node) => ({ rel: node.getAttribute("rel"), href: node.getAttribute("href") ?? "" })),
    entries: child(root, "entry").map((entry) => ({
      id: child(entry, "id")[0]?.textContent ?? "",
      title: child(entry, "title")[0]?.textContent ?? "",
      href: child(entry, "link")[0]?.getAttribute("href") ?? "",
      published: child(entry, "published")[0]?.textContent ?? "",
      updated: child(entry, "updated")[0]?.textContent ?? "",
      summary: child(entry, "summary")[0]?.textContent ?? "",
    })),
  };
}

const builtPaths = new Set(pages.map((built) => built.path));

/** The site path of an absolute URL on this site, or throws when the URL is relative or points elsewhere. */
function sitePath(url: string): string {
  expect(url.startsWith(`${siteRoot}/`), `${url} is not an absolute URL under ${siteRoot}/`).toBe(true);
  return url.slice(siteRoot.length);
}

describe.each([
  ["feeds/articles.xml", "/feeds/articles.xml"],
  ["feeds/data.xml", "/feeds/data.xml"],
])("%s", (file, path) => {
  const feed = readFeed(file);

  it("is an Atom feed with a self link, an alternate page and an updated date", () => {
    expect(feed.root.namespaceURI).toBe(ATOM);
    expect(feed.root.localName).toBe("feed");
    expect(feed.links.find((entry) => entry.rel === "self")?.href).toBe(absolute(path));
    expect(builtPaths).toContain(sitePath(feed.links.find((entry) => entry.rel === "alternate")!.href));
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it("links only to pages that exist, by absolute URL, and uses the link as the entry id", () => {
    for (const entry of feed.entries) {
      expect(entry.id).toBe(entry.href);
      expect(builtPaths, `${entry.href} is in the feed but not in the build`).toContain(sitePath(entry.href));
    }
  });

  it("is updated as of its newest entry (no clock time)", () => {
    if (feed.entries.length === 0) return;
    expect(feed.updated).toBe(feed.entries.map((entry) => entry.updated).sort().at(-1));
  });

  it("is advertised on every page with <link rel=alternate>", () => {
    for (const built of pages.filter((entry) => entry.type === "article" || entry.type === "home")) {
      const alternates = [...page(built.path).querySelectorAll('link[rel=alternate][type="application/atom+xml"]')].map((node) => node.getAttribute("href"));
      expect(alternates, built.path).toContain(link(path));
    }
  });
});

describe("article feed", () => {
  const feed = readFeed("feeds/articles.xml");
  const articles = content.filter((entry) => entry.kind === "article");

  it("has one entry per published article, with its title, dek and dates from front matter", () => {
    expect(feed.entries.map((entry) => entry.href).sort()).toEqual(articles.map((entry) => absolute(entry.path)).sort());
    for (const article of articles) {
      const entry = feed.entries.find((candidate) => candidate.href === absolute(article.path))!;
      expect(entry.title).toBe(article.data.title);
      expect(entry.summary).toBe(article.data.dek);
      expect(entry.published).toBe(`${iso(article.data.published)}T00:00:00Z`);
      const changes = [article.data.published, article.data.updated, ...article.data.corrections.map((correction) => correction.date)].filter((date): date is Date => date instanceof Date).map(iso).sort();
      expect(entry.updated).toBe(`${changes.at(-1)}T00:00:00Z`);
    }
  });
});

describe("data feed", () => {
  const feed = readFeed("feeds/data.xml");
  const releases = dataReleases(catalog);

  it("has one entry per dataset version, linking to that version's page, with its changelog", () => {
    expect(feed.entries.length).toBe(releases.length);
    for (const release of releases) {
      const entry = feed.entries.find((candidate) => candidate.href === absolute(`/data/${release.dataset}/${release.version}/`));
      expect(entry, `${release.dataset} ${release.version}`).toBeDefined();
      expect(entry!.title).toContain(release.version);
      expect(entry!.summary).toContain(release.changes);
      expect(entry!.published).toBe(`${release.date}T00:00:00Z`);
    }
  });
});
