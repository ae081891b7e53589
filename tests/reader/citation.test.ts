// "Cite this" blocks on articles, datasets and charts: plain text, BibTeX and CSL-JSON all carry the stable URL
// and the title; the stable URL is the page's canonical URL, or for data the version's URL.
import { describe, expect, it } from "vitest";
import { absolute, catalog, content, page, pages, text } from "./helpers.ts";

const cited = pages.filter((built) => built.type === "article" || built.type === "dataset" || built.type === "chart");

describe("citation blocks", () => {
  it("appear on every article, dataset and chart page", () => {
    // Standalone pages that read like articles (e.g. /performance/) are typed "article" too and must carry the block.
    const articleLikePages = pages.filter((built) => built.type === "article" && !built.path.startsWith("/articles/")).length;
    expect(cited.length).toBe(content.filter((entry) => entry.kind === "article").length + articleLikePages + catalog.datasets.size + pages.filter((built) => built.type === "chart").length);
    for (const built of cited) expect(page(built.path).querySelector("details.cite"), built.path).not.toBeNull();
  });

  it.each(cited.map((built) => [built.path, built] as const))("%s cites its URL and title in every form", (path, built) => {
    const document = page(path);
    const block = document.querySelector("details.cite")!;
    const canonical = document.querySelector("link[rel=canonical]")!.getAttribute("href")!;
    expect(canonical).toBe(absolute(path));
    const stable = block.querySelector("a")!.getAttribute("href")!;
    const csl = JSON.parse(text([...block.querySelectorAll("pre code")].at(-1))) as { URL: string; title: string; version?: string };
    const bibtex = text(block.querySelector("pre code"));
    const plain = text(block.querySelector(".cite-text"));
    if (built.type === "dataset") {
      const dataset = catalog.datasets.get(path.split("/")[2])!;
      expect(stable).toBe(absolute(`${path}${dataset.latest.version}/`));
      expect(csl.version).toBe(dataset.latest.version);
      expect(plain).toContain(dataset.latest.version);
      expect(csl.title).toBe(dataset.descriptor.title);
    } else {
      expect(stable).toBe(canonical);
      expect(text(document.querySelector("h1"))).toContain(csl.title);
    }
    expect(csl.URL).toBe(stable);
    expect(plain).toContain(stable);
    expect(plain).toContain(csl.title);
    expect(bibtex).toContain(`url = {${stable}}`);
    expect(bibtex).toContain(csl.title.replace(/[{}\\]/g, "").replace(/([&%$#_])/g, "\\$1"));
  });
});
