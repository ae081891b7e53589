// Reads one built HTML page: every URL it refers to (links the reader follows, resources the browser
// loads, metadata URLs), every id an anchor may target, and the bytes of its inline CSS, SVG and script.
import { parseHTML } from "linkedom";

/** How the browser uses a URL: followed by the reader, fetched to render the page, or only named in metadata. */
export type RefKind = "link" | "resource" | "meta";

export interface PageRef {
  url: string;
  kind: RefKind;
  /** Where it came from, for messages: `a[href]`, `img[src]`, `style url()` … */
  via: string;
}

export interface InlineBytes {
  /** <style> elements and style="" attributes. */
  css: number;
  /** Top-level inline <svg> elements (charts), serialized. */
  svg: number;
  /** Executable inline <script> (JSON data blocks are not scripts). */
  script: number;
}

export interface PageAnalysis {
  refs: PageRef[];
  /** Every id (and <a name>) on the page: valid targets of "#fragment" links. */
  ids: Set<string>;
  inline: InlineBytes;
  /** src of external scripts and executable inline scripts, counted separately so budgets can forbid JS. */
  scriptSources: string[];
}

const NON_SCRIPT_TYPES = new Set(["application/ld+json", "application/json", "importmap", "speculationrules", "text/plain"]);

const RESOURCE_RELS = new Set(["stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload", "prefetch", "manifest", "mask-icon"]);

/** URLs in a srcset attribute, without their width/density descriptors. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** url(…) and @import targets in a piece of CSS. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) if (match[2]) urls.push(match[2].trim());
  for (const match of css.matchAll(/@import\s+(["'])([^"']+)\1/g)) if (match[2]) urls.push(match[2].trim());
  return urls;
}

const bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** Parses a built page and returns its references, ids and inline byte counts. */
export function analysePage(html: string): PageAnalysis {
  const { document } = parseHTML(html);
  const refs: PageRef[] = [];
  const add = (url: string | null | undefined, kind: RefKind, via: string): void => {
    if (url === null || url === undefined) return;
    refs.push({ url: url.trim(), kind, via });
  };

  for (const element of document.querySelectorAll("a[href], area[href]")) add(element.getAttribute("href"), "link", `${element.localName}[href]`);
  for (const element of document.querySelectorAll("form[action]")) add(element.getAttribute("action"), "link", "form[action]");
  for (const element of document.querySelectorAll("link[href]")) {
    const rels = (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const kind: RefKind = rels.some((rel) => RESOURCE_RELS.has(rel)) ? "resource" : "meta";
    add(element.getAttribute("href"), kind, `link[rel=${rels.join(" ")}]`);
  }
  for (const element of document.querySelectorAll("img[src], script[src], iframe[src], embed[src], audio[src], video[src], source[src], track[src], input[src]"))
    add(element.getAttribute("src"), "resource", `${element.localName}[src]`);
  for (const element of document.querySelectorAll("img[srcset], source[srcset]"))
    for (const url of srcsetUrls(element.getAttribute("srcset") ?? "")) add(url, "resource", `${element.localName}[srcset]`);
  for (const element of document.querySelectorAll("video[poster]")) add(element.getAttribute("poster"), "resource", "video[poster]");
  for (const element of document.querySelectorAll("object[data]")) add(element.getAttribute("data"), "resource", "object[data]");
  // SVG references: <image>, <use>, <feImage> load; <a> inside SVG navigates.
  for (const element of document.querySelectorAll("image, use, feImage")) {
    add(element.getAttribute("href") ?? element.getAttribute("xlink:href"), "resource", `svg ${element.localName}[href]`);
  }
  for (const element of document.querySelectorAll("meta[property], meta[name]")) {
    const name = element.getAttribute("property") ?? element.getAttribute("name") ?? "";
    if (/^(og:url|og:image|og:image:url|twitter:image)$/.test(name)) add(element.getAttribute("content"), "meta", `meta[${name}]`);
  }

  let css = 0;
  for (const style of document.querySelectorAll("style")) {
    const text = style.textContent ?? "";
    css += bytes(text);
    for (const url of cssUrls(text)) add(url, "resource", "style url()");
  }
  for (const element of document.querySelectorAll("[style]")) {
    const text = element.getAttribute("style") ?? "";
    css += bytes(text);
    for (const url of cssUrls(text)) add(url, "resource", "style attribute url()");
  }

  let svg = 0;
  for (const element of document.querySelectorAll("svg")) {
    // Count an inline SVG once: nested <svg> elements are inside their parent's bytes already.
    if (element.parentElement?.closest("svg")) continue;
    svg += bytes(element.outerHTML);
  }

  let script = 0;
  const scriptSources: string[] = [];
  for (const element of document.querySelectorAll("script")) {
    const type = (element.getAttribute("type") ?? "").toLowerCase().trim();
    if (NON_SCRIPT_TYPES.has(type)) continue;
    const src = element.getAttribute("src");
    if (src) scriptSources.push(src);
    else {
      script += bytes(element.textContent ?? "");
      scriptSources.push("(inline script)");
    }
  }
  // Event-handler attributes and javascript: URLs are script too, and would slip past a <script> count.
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (/^on[a-z]+$/i.test(attribute.name)) {
        script += bytes(attribute.value);
        scriptSources.push(`(${element.localName}[${attribute.name}])`);
      }
    }
  }
  for (const ref of refs) if (/^javascript:/i.test(ref.url)) scriptSources.push(`(${ref.via} javascript: URL)`);

  const ids = new Set<string>();
  for (const element of document.querySelectorAll("[id]")) ids.add(element.getAttribute("id") ?? "");
  for (const element of document.querySelectorAll("a[name]")) ids.add(element.getAttribute("name") ?? "");
  ids.delete("");

  return { refs, ids, inline: { css, svg, script }, scriptSources };
}
