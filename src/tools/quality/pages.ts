// The list of built pages and what kind of page each is. Every gate iterates over this one list, so a
// page added to the site is checked by all gates without anyone editing a test.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Kinds of page, each with its own weight budget (see budgets.ts). */
export type PageType =
  | "home"
  | "article"
  | "notebook"
  | "chart"
  | "chart-embed"
  | "dataset"
  | "data-release"
  | "data-resource"
  | "listing"
  | "reference"
  | "search"
  | "not-found"
  | "page";

export interface BuiltPage {
  /** Path of the HTML file relative to the site folder, with forward slashes ("data/index.html"). */
  file: string;
  /** Path on the site without the base path, as the browser asks for it ("/data/", "/404.html"). */
  path: string;
  type: PageType;
}

/** Every file under `dir`, relative, forward slashes, sorted (stable order makes reports diffable). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** The site path a built HTML file is served at: "a/b/index.html" -> "/a/b/", "404.html" -> "/404.html". */
export function pathForFile(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

/** Standalone MDX pages that read like articles (prose with charts), so they get the article budget. */
const ARTICLE_LIKE_PAGES: ReadonlySet<string> = new Set(["performance"]);

/** Classifies a site path (without base) by the route that produced it. */
export function pageType(path: string): PageType {
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return "home";
  if (path === "/404.html") return "not-found";
  const [section, second, third, fourth] = parts;
  if (section === "search") return "search";
  if (parts.length === 1 && ARTICLE_LIKE_PAGES.has(section)) return "article";
  // Registries that grow with the data: every source, every glossary term, every correction.
  if (parts.length === 1 && (section === "sources" || section === "glossary" || section === "corrections")) return "reference";
  if (section === "articles") return parts.length === 1 ? "listing" : "article";
  if (section === "notebooks") return parts.length === 1 ? "listing" : "notebook";
  if (section === "charts") {
    if (parts.length === 1) return "listing";
    return third === "embed" ? "chart-embed" : "chart";
  }
  if (section === "data") {
    if (parts.length === 1) return "listing";
    if (second && !third) return "dataset";
    if (third && !fourth) return "data-release";
    return "data-resource";
  }
  return "page";
}

/** Every HTML page of the built site in `dir`, with its site path and type. */
export function listPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const path = pathForFile(file);
      return { file, path, type: pageType(path) };
    });
}

/**
 * The pages worth looking at by eye: home, every article, and the heaviest notebook, dataset page, data
 * table page and chart page (the heaviest page of a type is the likeliest to break a layout).
 */
export function keyPages(dir: string, pages: BuiltPage[]): BuiltPage[] {
  const heaviest = (type: PageType): BuiltPage[] =>
    pages
      .filter((page) => page.type === type)
      .map((page) => ({ page, size: statSync(join(dir, page.file)).size }))
      .sort((a, b) => b.size - a.size || a.page.path.localeCompare(b.page.path))
      .slice(0, 1)
      .map(({ page }) => page);
  return [
    ...pages.filter((page) => page.type === "home"),
    ...pages.filter((page) => page.type === "article"),
    ...heaviest("notebook"),
    ...heaviest("dataset"),
    ...heaviest("data-resource"),
    ...heaviest("chart"),
  ];
}

/** A file-name-safe label for a page path ("/data/x/" -> "data-x", "/" -> "home"). */
export function pageSlug(path: string): string {
  const slug = path.replace(/\.html$/, "").split("/").filter(Boolean).join("-");
  return slug || "home";
}
