// Page-weight gate: the bytes a reader downloads for one page (HTML with its inline CSS and SVG, external
// CSS, images, scripts), uncompressed, against a budget per page type. THE BUDGETS LIVE HERE, in one place.
import { readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { analysePage } from "./html-refs.ts";
import type { BuiltPage, PageType } from "./pages.ts";

const KB = 1000;

/**
 * Maximum uncompressed bytes per page as a desktop browser loads it (HTML + external CSS + images + JS; inline
 * CSS and SVG are inside the HTML). The phone-width chart images are lazy and fetched only below 34rem, so they are
 * measured in a second, phone load with its own allowance (PHONE_ALLOWANCE): neither load hides the other.
 * Articles start at the issue's 150 KB. Notebooks get 200 KB: they are the working behind an article and carry
 * its secondary charts and consistency tables (the detention notebook maps ten workbooks' cells). The other
 * figures were set at about the heaviest page of the type on 2026-11-27 plus room to grow. Lower a figure when the
 * site allows; never raise one to make a page pass without saying why in the commit.
 */
export const PAGE_BUDGETS: Record<PageType, number> = {
  article: 150 * KB,
  notebook: 200 * KB,
  home: 80 * KB,
  chart: 100 * KB,
  "chart-embed": 80 * KB,
  dataset: 120 * KB,
  "data-release": 40 * KB,
  // A resource page shows the whole table; the largest (Border Patrol staffing by sector) is 154 KB.
  "data-resource": 250 * KB,
  listing: 80 * KB,
  // The sources registry, glossary and corrections grow with the data; the sources page is 194 KB.
  reference: 250 * KB,
  // Static page only: Pagefind's runtime and index fragments load when the reader searches.
  search: 80 * KB,
  "not-found": 30 * KB,
  page: 80 * KB,
};

/**
 * Extra bytes allowed on a phone, which also loads each chart's 360 px image (`/charts/<id>/narrow.svg`, lazy,
 * fetched only below 34rem) on top of the same HTML. Measured separately so neither load hides the other.
 */
export const PHONE_ALLOWANCE: Partial<Record<PageType, number>> = { article: 35 * KB, notebook: 50 * KB };

/** True for a chart's phone-width image, which only narrow screens load. */
export function isNarrowChartImage(path: string): boolean {
  return /(^|\/)charts\/[^/]+\/narrow\.svg$/.test(path);
}

/** Page types allowed to ship JavaScript (search runs Pagefind in the browser); every other page ships none. */
export const JS_ALLOWED: ReadonlySet<PageType> = new Set<PageType>(["search"]);

export interface PageWeight {
  file: string;
  path: string;
  type: PageType;
  /** The HTML file, including inline CSS and SVG. */
  html: number;
  /** Of which inline <style> and style="" bytes. */
  inlineCss: number;
  /** Of which inline <svg> bytes (charts). */
  inlineSvg: number;
  /** Linked stylesheets. */
  css: number;
  /** Images the page loads at every width (img, picture sources, icons, CSS url()), lazy ones included: a reader who scrolls fetches them. */
  images: number;
  /** Phone-width chart images, loaded only below 34rem. */
  narrowImages: number;
  /** How many distinct image files that is. */
  imageFiles: number;
  /** Inline and external JavaScript. */
  js: number;
  /** Fonts and anything else the page loads from the site. */
  other: number;
  /** What a desktop browser downloads (no phone-width chart images). */
  total: number;
  budget: number;
  /** What a phone downloads: the same page plus the phone-width chart images. */
  phoneTotal: number;
  phoneBudget: number;
  /** Where the JavaScript comes from, when there is any. */
  scripts: string[];
}

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico"]);

function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/** Measures one built page: what the browser downloads to show it, by category. */
export function measurePage(dir: string, page: BuiltPage, base: string): PageWeight {
  const htmlPath = join(dir, page.file);
  const html = readFileSync(htmlPath, "utf8");
  const analysis = analysePage(html);
  const pageUrl = new URL(`${base}${page.path.slice(1)}`, "http://site.invalid");
  const counted = new Set<string>();
  let css = 0;
  let images = 0;
  let imageFiles = 0;
  let narrowImages = 0;
  let js = analysis.inline.script;
  let other = 0;
  for (const ref of analysis.refs) {
    if (ref.kind !== "resource") continue;
    let url: URL;
    try {
      url = new URL(ref.url, pageUrl);
    } catch {
      continue;
    }
    // Only files of this site can be weighed; third-party requests are failed by the link and browser gates.
    if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) continue;
    const relativePath = decodeURIComponent(url.pathname.slice(base.length));
    if (counted.has(relativePath)) continue;
    counted.add(relativePath);
    const size = fileSize(join(dir, relativePath));
    if (size === null) continue;
    const extension = extname(relativePath).toLowerCase();
    if (ref.via.startsWith("link[rel=stylesheet")) css += size;
    else if (ref.via === "script[src]" || extension === ".js" || extension === ".mjs") js += size;
    else if (IMAGE_EXTENSIONS.has(extension)) {
      if (isNarrowChartImage(relativePath)) narrowImages += size;
      else images += size;
      imageFiles += 1;
    }
    else other += size;
  }
  const htmlBytes = Buffer.byteLength(html, "utf8");
  // Inline script bytes are already inside the HTML, so only external files are added on top.
  const total = htmlBytes + css + images + (js - analysis.inline.script) + other;
  const budget = PAGE_BUDGETS[page.type];
  return {
    file: page.file,
    path: page.path,
    type: page.type,
    html: htmlBytes,
    inlineCss: analysis.inline.css,
    inlineSvg: analysis.inline.svg,
    css,
    images,
    narrowImages,
    imageFiles,
    js,
    other,
    total,
    budget,
    phoneTotal: total + narrowImages,
    phoneBudget: budget + (PHONE_ALLOWANCE[page.type] ?? 0),
    scripts: analysis.scriptSources,
  };
}

/** Every way a page breaks its budget, as sentences naming the page and the figures. */
export function budgetProblems(weight: PageWeight): string[] {
  const problems: string[] = [];
  if (weight.total > weight.budget) {
    problems.push(
      `${weight.path} (${weight.file}, ${weight.type}) weighs ${weight.total} bytes, over its budget of ${weight.budget} bytes by ${weight.total - weight.budget}: ` +
        `HTML ${weight.html} (inline CSS ${weight.inlineCss}, inline SVG ${weight.inlineSvg}), CSS ${weight.css}, images ${weight.images} (${weight.imageFiles} files), JS ${weight.js}, other ${weight.other}`,
    );
  }
  if (weight.phoneTotal > weight.phoneBudget) {
    problems.push(
      `${weight.path} (${weight.file}, ${weight.type}) weighs ${weight.phoneTotal} bytes on a phone, over its phone budget of ${weight.phoneBudget} bytes by ${weight.phoneTotal - weight.phoneBudget}: ` +
        `page ${weight.total} + phone-width chart images ${weight.narrowImages}`,
    );
  }
  if (!JS_ALLOWED.has(weight.type) && (weight.js > 0 || weight.scripts.length > 0)) {
    problems.push(`${weight.path} (${weight.file}, ${weight.type}) ships ${weight.js} bytes of JavaScript (${weight.scripts.join(", ")}); only ${[...JS_ALLOWED].join(", ")} pages may`);
  }
  return problems;
}

const kb = (value: number): string => (value / KB).toFixed(1);

/** A Markdown table of every page's weight, heaviest first within each type, with a summary per type. */
export function weightTable(weights: PageWeight[]): string {
  const lines: string[] = [];
  lines.push("# Page weight (uncompressed, KB = 1000 bytes)", "");
  lines.push("| Page type | Pages | Largest page | Largest (KB) | Budget (KB) | Headroom (KB) |", "| --- | ---: | --- | ---: | ---: | ---: |");
  const types = [...new Set(weights.map((weight) => weight.type))].sort();
  for (const type of types) {
    const ofType = weights.filter((weight) => weight.type === type).sort((a, b) => b.total - a.total);
    const largest = ofType[0];
    if (!largest) continue;
    lines.push(`| ${type} | ${ofType.length} | ${largest.path} | ${kb(largest.total)} | ${kb(largest.budget)} | ${kb(largest.budget - largest.total)} |`);
  }
  lines.push("", "| Page | Type | HTML | inline CSS | inline SVG | CSS | Images | JS | Other | Total | Budget | Phone images | Phone total | Phone budget |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const weight of [...weights].sort((a, b) => a.type.localeCompare(b.type) || b.total - a.total)) {
    lines.push(
      `| ${weight.path} | ${weight.type} | ${kb(weight.html)} | ${kb(weight.inlineCss)} | ${kb(weight.inlineSvg)} | ${kb(weight.css)} | ${kb(weight.images)} | ${kb(weight.js)} | ${kb(weight.other)} | ${kb(weight.total)} | ${kb(weight.budget)} | ${kb(weight.narrowImages)} | ${kb(weight.phoneTotal)} | ${kb(weight.phoneBudget)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
