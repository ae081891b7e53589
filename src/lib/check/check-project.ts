import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { listDatasetNames, loadCatalog, type Catalog } from "../data/catalog.ts";
import type { Issue } from "../data/issues.ts";
import { SEMVER_PATTERN } from "../data/semver.ts";
import { buildChart } from "../charts/build-chart.ts";
import { buildChartRegistry } from "../charts/registry.ts";
import { chartSelections, type ChartDefinition } from "../charts/define.ts";
import { articleSchema } from "../content/front-matter.ts";
import { validateFrontMatter } from "../content/parse-front-matter.ts";
import { scanComponents, scanInternalLinks } from "../content/mdx-scan.ts";
import { resolveValue, type ValueQuery } from "../data/value.ts";
import { importChartModules } from "./load-charts.ts";
import { checkGlossaryLinks } from "./glossary-links.ts";
import { glossaryTerms } from "../glossary/terms.ts";
import { checkTakeaway } from "./chart-rules.ts";
import { checkContentPlaceholders, checkFrontMatterDates, checkHeadings, checkImageAlt, checkPairing, checkSlug, checkTypedNumbers, type ContentEntry } from "./content-rules.ts";
import { checkDataFileBytes } from "./file-format.ts";
import { refExists, resolveBaseRef, type BaseRef } from "./git.ts";
import { checkImmutability } from "./immutability.ts";
import { checkMdxSyntax } from "./mdx-syntax.ts";
import { adviseUnreleasedChecksums, checkDescriptorPlaceholders, checkReleaseEntries, type RuleResult } from "./release-rules.ts";
import { loadReleasedState, readWorkingDescriptors, releasedVersions } from "./released.ts";

/** Content folders and the URL prefix each is published under. */
export const CONTENT_ROUTES = [
  { folder: "content/articles", prefix: "/articles/" },
  { folder: "content/notebooks", prefix: "/notebooks/" },
  { folder: "content/pages", prefix: "/" },
] as const;

/** Fixed pages the site always has. */
export const FIXED_ROUTES = ["/", "/articles/", "/data/", "/sources/", "/glossary/", "/corrections/", "/search/", "/charts/", "/feeds/articles.xml", "/feeds/data.xml", "/sitemap.xml", "/robots.txt"];

export interface CheckOptions {
  /**
   * The git ref whose releases are published and may never change (e.g. `origin/main`). When omitted,
   * `origin/main` is used if it exists; null skips the comparison.
   */
  baseRef?: string | null;
}

export interface CheckResult {
  issues: Issue[];
  catalog: Catalog;
  /** The ref released versions were compared with, or why there was none. */
  base: BaseRef;
  counts: { datasets: number; versions: number; rows: number; sources: number; charts: number; pages: number };
}

interface ContentFile extends ContentEntry {
  route: string;
  data: (ContentEntry["data"] & { draft?: boolean }) | null;
  body: string;
  bodyLine: number;
}

function listMdx(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".mdx") && !name.split("/").pop()!.startsWith("_"))
    .sort();
}

/**
 * Checks everything a pull request can break without building the site: data and sources (including that
 * released versions are unchanged since the base ref), front matter, MDX syntax, charts' required metadata and
 * data selections, every <Chart>, <Value>, <Note> and <DataTable> reference, and internal links.
 * Returns every issue found.
 */
export async function checkProject(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const catalog = loadCatalog({ root });
  const base: BaseRef = options.baseRef === null ? { ref: null, reason: "comparison with a base ref was turned off" } : resolveBaseRef(root, options.baseRef ?? undefined);
  const issues: Issue[] = checkData(root, catalog, base);
  const catalogOk = catalog.issues.every((issue) => issue.severity === "warning");
  const charts = await checkCharts(root, catalog, catalogOk, issues);
  const pages = checkContent(root, catalog, catalogOk, charts, issues);

  let rows = 0;
  let versions = 0;
  for (const dataset of catalog.datasets.values()) {
    versions += dataset.versions.length;
    for (const table of dataset.latest.tables.values()) rows += table.rows.length;
  }
  return { issues, catalog, base, counts: { datasets: catalog.datasets.size, versions, rows, sources: catalog.sources.size, charts: charts.size, pages } };
}

/** The catalog's own issues plus the release rules; a rule's clearer message replaces the catalog's. */
function checkData(root: string, catalog: Catalog, base: BaseRef): Issue[] {
  const names = listDatasetNames(root);
  const working = readWorkingDescriptors(root, names);
  const state = base.ref ? loadReleasedState(root, base.ref) : null;
  const rules: RuleResult[] = [checkReleaseEntries(catalog, working)];
  if (state) {
    const immutability = checkImmutability(root, state, working);
    rules.push({ issues: immutability.issues, supersedes: (issue) => immutability.changedFiles.has(issue.file) && issue.message.startsWith("bytes differ from release ") });
  }
  // Without a base ref, the last commit still tells a version that was never committed (so not released) apart.
  const adviceState = state ?? (!base.missing && refExists(root, "HEAD") ? loadReleasedState(root, "HEAD") : null);
  if (adviceState) rules.push(adviseUnreleasedChecksums(catalog, adviceState));
  const issues = catalog.issues.filter((issue) => !rules.some((rule) => rule.supersedes(issue)));
  for (const rule of rules) issues.push(...rule.issues);
  issues.push(...checkDescriptorPlaceholders(catalog, working));
  if (base.missing) issues.push({ file: "data", line: 0, column: 0, message: `cannot check that released versions are unchanged: ${base.reason}` });

  const folders = new Map<string, { versions: string[]; released: ReadonlySet<string> }>();
  for (const name of names) {
    const versions = readdirSync(join(root, "data", name)).filter((entry) => SEMVER_PATTERN.test(entry));
    folders.set(name, { versions, released: releasedVersions(state, name) });
  }
  issues.push(...checkDataFileBytes(root, folders));
  return issues;
}

/** Loads and validates every chart, builds each against the catalog, and checks its takeaway text. */
async function checkCharts(root: string, catalog: Catalog, catalogOk: boolean, issues: Issue[]): Promise<Map<string, ChartDefinition>> {
  const { modules, errors } = await importChartModules(root);
  for (const error of errors) issues.push({ file: error.file, line: 1, column: 1, message: error.message });
  for (const path of Object.keys(modules)) issues.push(...checkSlug(path.split("/").pop()!, path, "chart"));
  const registry = buildChartRegistry(modules);
  issues.push(...registry.issues);
  for (const [id, definition] of registry.charts) {
    const file = `content/charts/${id}.ts`;
    if (typeof definition.takeaway === "string") issues.push(...checkTakeaway(definition, null, file));
    if (!catalogOk) continue;
    try {
      const built = buildChart(catalog, definition);
      if (typeof definition.takeaway === "function") issues.push(...checkTakeaway(definition, built.rows, file));
    } catch (error) {
      issues.push({ file, line: 1, column: 1, message: (error as Error).message });
    }
  }
  return registry.charts;
}

/** Checks every MDX file: front matter, syntax, headings, component references, figures and links. Returns the count. */
function checkContent(root: string, catalog: Catalog, catalogOk: boolean, charts: ReadonlyMap<string, ChartDefinition>, issues: Issue[]): number {
  const content: ContentFile[] = [];
  for (const { folder, prefix } of CONTENT_ROUTES) {
    for (const name of listMdx(root, folder)) {
      const file = `${folder}/${name}`;
      const text = readFileSync(join(root, file), "utf8");
      const result = validateFrontMatter(text, file, articleSchema);
      issues.push(...result.issues);
      issues.push(...checkFrontMatterDates(text, file, result.issues));
      const kind = folder.split("/")[1] as ContentFile["kind"];
      issues.push(...checkSlug(name.split("/").pop()!, file, kind === "pages" ? "page" : kind.slice(0, -1)));
      issues.push(...checkContentPlaceholders(text, file, result.data?.draft ?? true));
      const slug = name.replace(/\.mdx$/, "");
      content.push({ file, slug, route: `${prefix}${slug}/`, kind, data: result.data, body: result.body, bodyLine: result.bodyLine });
    }
  }

  const routes = new Set<string>(FIXED_ROUTES);
  for (const entry of content) routes.add(entry.route);
  issues.push(...checkGlossaryLinks(content, new Set(glossaryTerms(catalog).map((term) => term.slug))));
  for (const dataset of catalog.datasets.values()) {
    routes.add(`/data/${dataset.name}/`);
    for (const version of dataset.versions) {
      routes.add(`/data/${dataset.name}/${version.version}/`);
      for (const file of version.files) routes.add(`/data/${dataset.name}/${version.version}/${file.resource}/`);
    }
  }
  for (const id of charts.keys()) routes.add(`/charts/${id}/`);

  // A dataset whose descriptor is invalid is reported there; references to it are not reported again as unknown.
  const present = new Set(listDatasetNames(root));
  const exists = (name: unknown) => typeof name === "string" && (catalog.datasets.has(name) || present.has(name));
  const articles = new Set(content.filter((entry) => entry.kind === "articles").map((entry) => entry.slug));
  const notebooks = new Set(content.filter((entry) => entry.kind === "notebooks").map((entry) => entry.slug));
  issues.push(...checkPairing(content));
  for (const entry of content) {
    const { file, body, bodyLine, data } = entry;
    issues.push(...checkMdxSyntax(body, bodyLine, file), ...checkHeadings(body, bodyLine, file), ...checkImageAlt(body, bodyLine, file));
    if (entry.kind !== "pages") issues.push(...checkTypedNumbers(body, bodyLine, file, entry.kind === "notebooks"));
    if (data) {
      for (const name of data.datasets) {
        if (!exists(name)) issues.push({ file, line: 1, column: 1, message: `front matter "datasets" names "${name}", which is not a dataset in data/` });
      }
      if (data.notebook && !notebooks.has(data.notebook)) issues.push({ file, line: 1, column: 1, message: `front matter "notebook" names "${data.notebook}", but content/notebooks/${data.notebook}.mdx does not exist` });
      if (data.article && !articles.has(data.article)) issues.push({ file, line: 1, column: 1, message: `front matter "article" names "${data.article}", but content/articles/${data.article}.mdx does not exist` });
    }
    // Datasets the text draws on, with the first place each is used: the front matter must list them.
    const used = new Map<string, { line: number; column: number; via: string }>();
    const use = (dataset: unknown, at: { line: number; column: number }, via: string) => {
      if (typeof dataset === "string" && catalog.datasets.has(dataset) && !used.has(dataset)) used.set(dataset, { ...at, via });
    };
    for (const call of scanComponents(body, ["Chart", "Value", "Note", "DataTable"], bodyLine)) {
      const at = { file, line: call.line, column: call.column };
      const props = call.props;
      if (call.name === "Chart") {
        if (typeof props.id !== "string") issues.push({ ...at, message: `<Chart> has no id; expected <Chart id="chart-id" />` });
        else if (!charts.has(props.id)) issues.push({ ...at, message: `<Chart id="${props.id}" />: content/charts/${props.id}.ts does not exist or is invalid` });
        else for (const selection of chartSelections(charts.get(props.id)!)) use(selection.dataset, at, `<Chart id="${props.id}">`);
      } else if (call.name === "Note") {
        if (typeof props.source !== "string" || !catalog.sources.has(props.source)) issues.push({ ...at, message: `<Note source="${String(props.source)}" />: not in the sources registry (data/sources/*.csv)` });
      } else if (call.name === "DataTable") {
        if (!exists(props.dataset)) issues.push({ ...at, message: `<DataTable dataset="${String(props.dataset)}">: no such dataset in data/` });
        use(props.dataset, at, "<DataTable>");
      } else if (call.name === "Value") {
        const unevaluated = Object.values(props).some((value) => typeof value === "object" && value !== null && "__unevaluated" in value);
        if (unevaluated) continue; // Expressions that reference page variables are checked by the build.
        if (!exists(props.dataset)) {
          issues.push({ ...at, message: `<Value dataset="${String(props.dataset)}">: no such dataset in data/` });
          continue;
        }
        use(props.dataset, at, "<Value>");
        if (!catalogOk || !catalog.datasets.has(String(props.dataset))) continue;
        try {
          resolveValue(catalog, props as unknown as ValueQuery, `<Value>`);
        } catch (error) {
          issues.push({ ...at, message: (error as Error).message });
        }
      }
    }
    if (data && entry.kind !== "pages") {
      for (const [dataset, at] of used) {
        if (!data.datasets.includes(dataset)) issues.push({ file, line: at.line, column: at.column, message: `${at.via} uses dataset "${dataset}", but front matter "datasets" does not list it; add "${dataset}" to datasets so readers find the data behind the page` });
      }
    }
    for (const link of scanInternalLinks(body, bodyLine)) {
      const path = link.url.split("#")[0].split("?")[0];
      const normalised = path.endsWith("/") || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
      if (!routes.has(normalised) && !normalised.startsWith("/data/") && !normalised.startsWith("/og/")) {
        issues.push({ file, line: link.line, column: link.column, message: `internal link "${link.url}" does not match any page; expected one of the site's routes (e.g. /articles/<slug>/, /data/<dataset>/)` });
      } else if (normalised.startsWith("/data/") && !routes.has(normalised) && !/^\/data\/[^/]+\/(latest|\d+\.\d+\.\d+)\/[^/]+\.(csv|json|zip)$/.test(normalised)) {
        issues.push({ file, line: link.line, column: link.column, message: `internal link "${link.url}" does not match a dataset page or download` });
      }
    }
  }
  return content.length;
}
