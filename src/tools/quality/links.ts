// Link gate: every internal URL in the built site (pages, downloads, anchors, feeds, data packages) must
// resolve to a file that exists under the base path; external URLs are collected for a report, never fetched.
// External *resources* (scripts, styles, images loaded from another host) are errors: the site makes no
// third-party requests.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { analysePage, type PageAnalysis, type RefKind } from "./html-refs.ts";
import { listFiles, pathForFile } from "./pages.ts";

export interface LinkProblem {
  /** File in the built site that holds the reference ("data/index.html"). */
  file: string;
  url: string;
  via: string;
  problem: string;
}

export interface ExternalLink {
  url: string;
  kind: RefKind | "data";
  /** Files that name it (sorted). */
  files: string[];
}

export interface LinkReport {
  problems: LinkProblem[];
  external: ExternalLink[];
  counts: { files: number; internal: number; anchors: number; external: number };
}

export interface LinkCheckOptions {
  /** Site origin as configured (SITE_URL), e.g. "https://example.github.io". */
  site: string;
  /** Base path with leading and trailing slash. */
  base: string;
}

interface FoundRef {
  url: string;
  kind: RefKind | "data";
  via: string;
}

/** The link-bearing values of an Atom feed or sitemap: <link href> and <loc>. */
function xmlRefs(xml: string): FoundRef[] {
  const refs: FoundRef[] = [];
  for (const match of xml.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)) refs.push({ url: decodeXml(match[1] ?? ""), kind: "link", via: "feed link[href]" });
  for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) refs.push({ url: decodeXml(match[1] ?? ""), kind: "link", via: "sitemap loc" });
  return refs;
}

function decodeXml(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** Absolute URLs anywhere in a JSON document, plus the relative resource paths of a data package. */
function jsonRefs(file: string, text: string): FoundRef[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const refs: FoundRef[] = [];
  const walk = (node: unknown, key: string): void => {
    if (typeof node === "string") {
      if (/^https?:\/\//i.test(node)) refs.push({ url: node, kind: "data", via: `JSON "${key}"` });
    } else if (Array.isArray(node)) node.forEach((item) => walk(item, key));
    else if (node && typeof node === "object") for (const [childKey, child] of Object.entries(node)) walk(child, childKey);
  };
  walk(value, "");
  if (file.endsWith("datapackage.json") && value && typeof value === "object" && "resources" in value && Array.isArray(value.resources)) {
    for (const resource of value.resources as unknown[]) {
      const path = resource && typeof resource === "object" && "path" in resource ? resource.path : undefined;
      for (const item of Array.isArray(path) ? path : [path]) {
        // Frictionless resource paths are relative to the descriptor; absolute ones are caught by the walk above.
        if (typeof item === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(item)) refs.push({ url: item, kind: "data", via: "datapackage resources[].path" });
      }
    }
  }
  return refs;
}

function kindOfFile(path: string): "dir" | "file" | null {
  try {
    return statSync(path).isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
}

/** Checks every reference in the built site in `dir`; returns problems, external URLs and counts. */
export function checkLinks(dir: string, options: LinkCheckOptions): LinkReport {
  const siteOrigin = new URL(options.site).origin;
  const base = options.base;
  const files = listFiles(dir);
  const analyses = new Map<string, PageAnalysis>();
  const analysis = (file: string): PageAnalysis => {
    let found = analyses.get(file);
    if (!found) {
      found = analysePage(readFileSync(join(dir, file), "utf8"));
      analyses.set(file, found);
    }
    return found;
  };

  const problems: LinkProblem[] = [];
  const external = new Map<string, { kind: ExternalLink["kind"]; files: Set<string> }>();
  let internal = 0;
  let anchors = 0;

  const noteExternal = (url: string, kind: ExternalLink["kind"], file: string): void => {
    const entry = external.get(url) ?? { kind, files: new Set<string>() };
    // A URL both linked and loaded is reported with its most demanding use.
    if (kind === "resource") entry.kind = "resource";
    entry.files.add(file);
    external.set(url, entry);
  };

  const checkRef = (file: string, ref: FoundRef): void => {
    const report = (problem: string): void => {
      problems.push({ file, url: ref.url, via: ref.via, problem });
    };
    if (ref.url === "") {
      report("empty URL");
      return;
    }
    if (ref.url === "#") {
      report('empty fragment "#" (links to nothing)');
      return;
    }
    const pageUrl = new URL(`${base}${pathForFile(file).slice(1)}`, siteOrigin);
    let target: URL;
    try {
      target = new URL(ref.url, pageUrl);
    } catch {
      report("not a valid URL");
      return;
    }
    if (target.protocol === "javascript:") {
      report("javascript: URL (no client JavaScript on reading pages)");
      return;
    }
    if (target.protocol === "data:") {
      if (ref.kind !== "resource") report("data: URL used as a link");
      return;
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      noteExternal(ref.url, ref.kind, file);
      return;
    }
    if (target.origin !== siteOrigin) {
      noteExternal(target.href, ref.kind, file);
      if (ref.kind === "resource") report(`loads a resource from another host (${target.host}): the site must make no third-party requests`);
      return;
    }
    internal += 1;
    let pathname: string;
    try {
      pathname = decodeURIComponent(target.pathname);
    } catch {
      report("malformed percent-encoding in the path");
      return;
    }
    if (!pathname.startsWith(base)) {
      report(`points outside the base path ${base} (use href() from src/site/paths.ts)`);
      return;
    }
    const relativePath = pathname.slice(base.length);
    let targetFile: string;
    if (relativePath === "" || relativePath.endsWith("/")) {
      targetFile = `${relativePath}index.html`;
      if (!existsSync(join(dir, targetFile))) {
        report(`no page at ${pathname} (expected ${targetFile} in the built site)`);
        return;
      }
    } else {
      const found = kindOfFile(join(dir, relativePath));
      if (found === null) {
        report(`no file at ${pathname} (expected ${relativePath} in the built site)`);
        return;
      }
      if (found === "dir") {
        report(`${pathname} is a folder: link to ${pathname}/ (the site uses trailing slashes)`);
        return;
      }
      targetFile = relativePath;
    }
    const fragment = target.hash.slice(1);
    if (fragment && targetFile.endsWith(".html")) {
      anchors += 1;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      // "#top" is defined by HTML itself (scroll to the top) and needs no element.
      if (id !== "top" && !analysis(targetFile).ids.has(id)) {
        report(`no element with id="${id}" on ${targetFile === file ? "this page" : targetFile}`);
      }
    }
  };

  for (const file of files) {
    if (file.endsWith(".html")) {
      for (const ref of analysis(file).refs) checkRef(file, ref);
    } else if (file.endsWith(".xml")) {
      for (const ref of xmlRefs(readFileSync(join(dir, file), "utf8"))) checkRef(file, ref);
    } else if (file.endsWith(".json") && !file.startsWith("pagefind/")) {
      // Pagefind's index fragments are checked by the search helper's own tests; they hold no links.
      for (const ref of jsonRefs(file, readFileSync(join(dir, file), "utf8"))) checkRef(file, ref);
    }
  }

  const externalList = [...external.entries()]
    .map(([url, entry]) => ({ url, kind: entry.kind, files: [...entry.files].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
  return {
    problems,
    external: externalList,
    counts: { files: files.length, internal, anchors, external: externalList.length },
  };
}

/**
 * One line per distinct problem, naming the pages that have it: a broken link in the site header would
 * otherwise print once per page. `"url" (via) — problem — on N page(s): a, b, c (+K more)`.
 */
export function formatLinkProblems(problems: LinkProblem[], maxFiles = 5): string {
  const groups = new Map<string, { problem: LinkProblem; files: string[] }>();
  for (const problem of problems) {
    const key = `${problem.url}\u0000${problem.via}\u0000${problem.problem}`;
    const group = groups.get(key) ?? { problem, files: [] };
    if (!group.files.includes(problem.file)) group.files.push(problem.file);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ problem, files }) => {
      const shown = files.slice(0, maxFiles).join(", ");
      const more = files.length > maxFiles ? ` (+${files.length - maxFiles} more)` : "";
      return `"${problem.url}" (${problem.via}) — ${problem.problem} — on ${files.length} file(s): ${shown}${more}`;
    })
    .join("\n");
}
