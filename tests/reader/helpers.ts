// Shared by the reader-feature tests: where the built site is, its pages parsed, and what the sources say should be
// in it (content front matter, the data catalog, the glossary), so every expectation is computed, never hard-coded.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadCatalog, type Catalog } from "../../src/lib/data/catalog.ts";
import { articleSchema, type ArticleFrontMatter } from "../../src/lib/content/front-matter.ts";
import { validateFrontMatter } from "../../src/lib/content/parse-front-matter.ts";
import { glossaryTerms, type GlossaryTerm } from "../../src/lib/glossary/terms.ts";
import { expectedSite, projectRoot, siteDir } from "../../src/tools/quality/site.ts";
import { listPages, type BuiltPage } from "../../src/tools/quality/pages.ts";

export const dist = siteDir();
if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist}/index.html is missing: build the site first (npm run build)`);

const { site, base } = expectedSite();
/** Origin + base path, without a trailing slash: "https://example.org/ledger". */
export const siteRoot = `${site}${base}`.replace(/\/+$/, "");
export { base };

/** Absolute URL of a site path ("/articles/x/"). */
export function absolute(path: string): string {
  return `${siteRoot}${path}`;
}

/** Link href of a site path under the base path ("/ledger/articles/x/"). */
export function link(path: string): string {
  return `${base}${path.replace(/^\//, "")}`;
}

/** Every built HTML page. */
export const pages: BuiltPage[] = listPages(dist);

const documents = new Map<string, Document>();
/** The parsed document of a built page by its site path ("/glossary/"). */
export function page(path: string): Document {
  let document = documents.get(path);
  if (!document) {
    const file = path.endsWith("/") ? join(dist, path, "index.html") : join(dist, path);
    if (!existsSync(file)) throw new Error(`${file} does not exist: expected a built page at ${path}`);
    document = parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
    documents.set(path, document);
  }
  return document;
}

/** Reads a built file as text. */
export function distText(path: string): string {
  return readFileSync(join(dist, path), "utf8");
}

// jsdom ships no type declarations; this is the one constructor the tests use.
type JsdomConstructor = new (text: string, options: { contentType: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: JsdomConstructor };

/** Parses XML strictly (a well-formedness error throws, naming line and column). */
export function parseXml(text: string, name: string): Document {
  try {
    return new JSDOM(text, { contentType: "application/xml" }).window.document;
  } catch (error) {
    throw new Error(`${name} is not well-formed XML: ${(error as Error).message}`);
  }
}

/** A published MDX page read straight from content/. */
export interface SourcePage {
  kind: "article" | "notebook" | "page";
  slug: string;
  path: string;
  file: string;
  data: ArticleFrontMatter;
  body: string;
  bodyLine: number;
}

function readContent(kind: SourcePage["kind"], folder: string, prefix: string): SourcePage[] {
  const dir = join(projectRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .sort()
    .flatMap((name) => {
      const file = `${folder}/${name}`;
      const result = validateFrontMatter(readFileSync(join(dir, name), "utf8"), file, articleSchema);
      if (!result.data) throw new Error(`${file}: invalid front matter: ${result.issues.map((issue) => issue.message).join("; ")}`);
      if (result.data.draft) return [];
      const slug = name.replace(/\.mdx$/, "");
      return [{ kind, slug, path: `${prefix}${slug}/`, file, data: result.data, body: result.body, bodyLine: result.bodyLine }];
    });
}

/** Published articles, notebooks and pages, from their MDX files. */
export const content: SourcePage[] = [
  ...readContent("article", "content/articles", "/articles/"),
  ...readContent("notebook", "content/notebooks", "/notebooks/"),
  ...readContent("page", "content/pages", "/"),
];

/** The data catalog the site was built from. */
export const catalog: Catalog = loadCatalog({ root: projectRoot });

/** The glossary the site was built from. */
export const glossary: GlossaryTerm[] = glossaryTerms(catalog);

/** Normalised text content of an element. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** YYYY-MM-DD of a front-matter date. */
export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
