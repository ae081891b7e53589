import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TOPICS } from "../data/descriptor.ts";
import { listDatasetNames } from "../data/catalog.ts";
import { PLACEHOLDER } from "../check/release-rules.ts";
import { ScaffoldError, checkDate, checkKebab, type ScaffoldResult } from "./args.ts";

export interface NewArticleOptions {
  slug: string;
  title: string;
  topic: string;
  /** Also create a companion notebook `<slug>-notebook`. */
  notebook?: boolean;
  dek?: string;
  datasets?: string[];
  authors?: string[];
  /** Publication date (YYYY-MM-DD). */
  date: string;
}

/** YAML front matter; strings are written as JSON strings, which YAML reads unchanged. */
function frontMatter(fields: [string, unknown][]): string {
  const lines = fields.map(([key, value]) => `${key}: ${value instanceof Array ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : typeof value === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? JSON.stringify(value) : String(value)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

/** The article template: a draft whose placeholders the check reports until they are replaced. */
export function articleTemplate(options: NewArticleOptions, notebookSlug: string | null): string {
  const head = frontMatter([
    ["title", options.title],
    ["dek", options.dek ?? `${PLACEHOLDER} one sentence saying what this article explains (shown under the title and in lists).`],
    ["published", options.date],
    ["updated", options.date],
    ["authors", options.authors ?? ["Enforcement Ledger"]],
    ["topic", options.topic],
    ["datasets", options.datasets ?? []],
    ...(notebookSlug ? ([["notebook", notebookSlug]] as [string, unknown][]) : []),
    ["draft", true],
    ["corrections", []],
  ]);
  return `${head}
{/* How to write this page: CONTRIBUTING.md, "Add an article or a notebook". Every figure comes from the data through a Value
    component, every chart through a Chart component, every citation through a Note component. Delete this comment. */}

${PLACEHOLDER} an opening paragraph: what is counted, who counts it, and over which period.

## ${PLACEHOLDER} first section

${PLACEHOLDER} say what the figures show, each taken from a dataset. Where sources disagree, give both and say who published each.

## What the record does not show

${PLACEHOLDER} the gaps: periods with no published figure, definitions that differ, claims with no data behind them.
`;
}

/** The notebook template: where each figure came from, the checks run, and what was left out. */
export function notebookTemplate(options: NewArticleOptions, articleSlug: string): string {
  const head = frontMatter([
    ["title", `Notebook: ${options.title}`],
    ["dek", `${PLACEHOLDER} one sentence saying what working this notebook shows.`],
    ["published", options.date],
    ["updated", options.date],
    ["authors", options.authors ?? ["Enforcement Ledger"]],
    ["topic", options.topic],
    ["datasets", options.datasets ?? []],
    ["article", articleSlug],
    ["draft", true],
    ["corrections", []],
  ]);
  return `${head}
This notebook shows the working behind [${options.title.replace(/[[\]]/g, "")}](/articles/${articleSlug}/).

## Where each figure came from

${PLACEHOLDER} for each dataset: the source documents, the sheet, cell or page each figure was read from, and its status.

## Checks

${PLACEHOLDER} what was checked (totals that add up, two sources that agree or not), with the code that checks it:

\`\`\`ts
// ${PLACEHOLDER} code that recomputes or checks a figure from data/<dataset>/<version>/<table>.csv
\`\`\`

## Figures left out

${PLACEHOLDER} figures that could not be sourced to an acceptable original, and why.
`;
}

/** Creates `content/articles/<slug>.mdx` (and `content/notebooks/<slug>-notebook.mdx` with --notebook) as drafts. */
export function createArticle(root: string, options: NewArticleOptions): ScaffoldResult {
  checkKebab(options.slug, "slug");
  checkDate(options.date);
  if (!(TOPICS as readonly string[]).includes(options.topic)) throw new ScaffoldError(`--topic "${options.topic}" is not a topic; expected one of ${TOPICS.join(", ")}`);
  if (options.title.trim().length < 5) throw new ScaffoldError("--title is too short; write the headline (at least 5 characters)");
  if (options.dek !== undefined && (options.dek.length < 20 || options.dek.length > 300)) throw new ScaffoldError("--dek should be one sentence of 20 to 300 characters");
  const known = new Set(listDatasetNames(root));
  for (const name of options.datasets ?? []) if (!known.has(name)) throw new ScaffoldError(`--datasets names "${name}", which is not a dataset in data/; datasets: ${[...known].join(", ")}`);
  const articlePath = `content/articles/${options.slug}.mdx`;
  const notebookSlug = options.notebook ? `${options.slug}-notebook` : null;
  const notebookPath = notebookSlug ? `content/notebooks/${notebookSlug}.mdx` : null;
  for (const path of [articlePath, notebookPath]) if (path && existsSync(join(root, path))) throw new ScaffoldError(`${path} already exists; choose another --slug`);
  mkdirSync(join(root, "content/articles"), { recursive: true });
  writeFileSync(join(root, articlePath), articleTemplate(options, notebookSlug));
  const created = [articlePath];
  if (notebookSlug && notebookPath) {
    mkdirSync(join(root, "content/notebooks"), { recursive: true });
    writeFileSync(join(root, notebookPath), notebookTemplate(options, options.slug));
    created.push(notebookPath);
  }
  return {
    created,
    changed: [],
    details: ["The page is a draft (draft: true): it shows in npm run dev but is not published until you set draft: false."],
    next: [
      `Write the text, replacing every "${PLACEHOLDER}" placeholder; take each figure from data with <Value … /> (CONTRIBUTING.md, "The writing rules").`,
      `List every dataset the page uses in the front matter "datasets".`,
      `Preview it: npm run dev, then open http://localhost:4321/articles/${options.slug}/`,
      "Run npm run check; when it reports no placeholders, set draft: false and open a pull request.",
    ],
  };
}
