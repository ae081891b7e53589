import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { Issue } from "../data/issues.ts";
import { parseValue } from "../data/parse-value.ts";
import { maskCodeFences } from "../content/mdx-scan.ts";
import { splitFrontMatter } from "../content/parse-front-matter.ts";
import { PLACEHOLDER } from "./release-rules.ts";
import { findTypedNumbers } from "./typed-numbers.ts";

/** Line and column (1-based) of an offset in a body that starts on `firstLine`. */
export function bodyPosition(body: string, offset: number, firstLine: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  return { line: firstLine + newlines, column: offset - before.lastIndexOf("\n") };
}

/**
 * Front-matter dates must be written YYYY-MM-DD and be real days. The schema coerces loosely (it turns
 * 2026-02-30 into March 2 and accepts 11/27/2026), so the raw YAML is checked here. Fields the schema already
 * rejected are skipped so each mistake is reported once.
 */
export function checkFrontMatterDates(text: string, file: string, reported: readonly Issue[]): Issue[] {
  const split = splitFrontMatter(text);
  if (!split) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter });
  if (document.errors.length > 0 || !isMap(document.contents)) return [];
  const issues: Issue[] = [];
  const check = (node: Node | null | undefined, field: string) => {
    if (!node || !isScalar(node)) return;
    if (reported.some((issue) => issue.file === file && issue.message.startsWith(`field "${field}"`))) return;
    const value = node.value instanceof Date ? node.value.toISOString().slice(0, 10) : String(node.value);
    const position = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    const at = { file, line: position.line + split.yamlLine - 1, column: position.col };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) issues.push({ ...at, message: `field "${field}": found "${value}"; expected a date written YYYY-MM-DD, e.g. 2026-11-27` });
    else if (!parseValue("date", value).ok) issues.push({ ...at, message: `field "${field}": "${value}" is not a calendar date; expected a real day written YYYY-MM-DD` });
  };
  const root = document.contents;
  check(root.get("published", true) as Node | undefined, "published");
  check(root.get("updated", true) as Node | undefined, "updated");
  const corrections = root.get("corrections", true);
  if (isSeq(corrections)) {
    corrections.items.forEach((item, index) => {
      if (isMap(item)) check(item.get("date", true) as Node | undefined, `corrections.${index}.date`);
    });
  }
  return issues;
}

/**
 * Headings start at ## (the title is the page's only h1) and never skip a level, so screen-reader users can
 * navigate the outline. Markdown (`## …`) and HTML (`<h2 …>`) headings both count; code is ignored.
 */
export function checkHeadings(body: string, bodyLine: number, file: string): Issue[] {
  const issues: Issue[] = [];
  const text = maskCodeFences(body);
  let previous = 1;
  for (const match of text.matchAll(/^(#{1,6})[ \t]|<h([1-6])[\s>]/gm)) {
    const level = match[1] ? match[1].length : Number(match[2]);
    const at = { file, ...bodyPosition(body, match.index, bodyLine) };
    if (level === 1) issues.push({ ...at, message: `a level-1 heading in the text; the title (front matter) is the page's only level-1 heading: start headings at ##` });
    else if (level > previous + 1) issues.push({ ...at, message: `heading jumps from level ${previous} to level ${level}; use ${"#".repeat(previous + 1)} (headings must not skip levels)` });
    previous = level;
  }
  return issues;
}

/** Images need alt text (WCAG 1.1.1): `![what the image shows](path)`. */
export function checkImageAlt(body: string, bodyLine: number, file: string): Issue[] {
  const text = maskCodeFences(body);
  return [...text.matchAll(/!\[\s*\]\(/g)].map((match) => ({ file, ...bodyPosition(body, match.index, bodyLine), message: `image has no alt text; write what it shows: ![description](path)` }));
}

/**
 * Figures typed into prose instead of taken from data with <Value>: an error in articles, one summary warning in
 * notebooks (which show the working and may quote figures that were checked and left out of the data).
 */
export function checkTypedNumbers(body: string, bodyLine: number, file: string, notebook = false): Issue[] {
  const found = findTypedNumbers(body).map((figure) => ({ ...figure, ...bodyPosition(body, figure.offset, bodyLine) }));
  if (notebook) {
    if (found.length === 0) return [];
    const listed = found.slice(0, 8).map((figure) => `"${figure.text}" (line ${figure.line})`).join(", ");
    return [{ file, line: found[0].line, column: found[0].column, severity: "warning", message: `${found.length} figure(s) typed into the text: ${listed}${found.length > 8 ? ", …" : ""}. Use <Value> for every figure that is in the data; typed figures are acceptable only for figures documented as left out` }];
  }
  return found.map((figure) => ({
    file,
    line: figure.line,
    column: figure.column,
    message: `number "${figure.text}" is typed into the text; every figure comes from data: use <Value dataset="…" where={{ … }} column="…" /> (CONTRIBUTING.md, "The writing rules")`,
  }));
}

/** Scaffold placeholders left in an article: an error once it is not a draft, a reminder while it is. */
export function checkContentPlaceholders(text: string, file: string, draft: boolean): Issue[] {
  const issues: Issue[] = [];
  for (const match of text.matchAll(new RegExp(PLACEHOLDER, "g"))) {
    issues.push({
      file,
      ...bodyPosition(text, match.index, 1),
      message: `placeholder text left by the scaffold ("${PLACEHOLDER} …"); replace it${draft ? " before setting draft: false" : ": this page is not a draft"}`,
      severity: draft ? "warning" : "error",
    });
  }
  return issues;
}

/** File names become URLs: lowercase words joined by single hyphens. */
export function checkSlug(name: string, file: string, what: string): Issue[] {
  const slug = name.replace(/\.(mdx|ts)$/, "");
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return [];
  return [{ file, line: 0, column: 0, message: `${what} file name "${name}" is not kebab-case; expected lowercase letters, digits and single hyphens (it becomes the URL), e.g. ${slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}${name.slice(slug.length)}` }];
}

/** A piece of content with the front-matter fields the cross-file rules need. */
export interface ContentEntry {
  file: string;
  slug: string;
  kind: "articles" | "notebooks" | "pages";
  data: { datasets: string[]; notebook?: string; article?: string } | null;
}

/**
 * Articles and notebooks point at each other. An article's notebook must name that article back (an error: one of
 * the two is wrong). A notebook whose article links to a different notebook is only a warning: an article may have
 * several notebooks, but readers of the article reach only the one it names.
 */
export function checkPairing(entries: readonly ContentEntry[]): Issue[] {
  const issues: Issue[] = [];
  const bySlug = (kind: ContentEntry["kind"], slug: string) => entries.find((entry) => entry.kind === kind && entry.slug === slug);
  for (const entry of entries) {
    if (entry.kind === "articles" && entry.data?.notebook) {
      const notebook = bySlug("notebooks", entry.data.notebook);
      if (notebook?.data && notebook.data.article !== entry.slug) {
        issues.push({ file: notebook.file, line: 1, column: 1, message: `front matter "article" is ${notebook.data.article ? `"${notebook.data.article}"` : "missing"}, but content/articles/${entry.slug}.mdx names this notebook; expected article: "${entry.slug}"` });
      }
    }
    if (entry.kind === "notebooks" && entry.data?.article) {
      const article = bySlug("articles", entry.data.article);
      if (article?.data && article.data.notebook !== entry.slug) {
        const links = article.data.notebook ? `links to notebook "${article.data.notebook}"` : "links to no notebook";
        issues.push({ file: entry.file, line: 1, column: 1, severity: "warning", message: `content/articles/${entry.data.article}.mdx ${links}, so its readers will not find this notebook; if this is the article's notebook, set notebook: "${entry.slug}" there` });
      }
    }
  }
  return issues;
}
