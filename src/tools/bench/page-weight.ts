// `npm run bench:weight`: what a reader downloads for each real article and notebook in
// dist/, built with SVG charts at build time, against what the same page would need if the charts were drawn in
// the browser: the page without its SVGs, plus Observable Plot and its d3 dependencies bundled and minified with
// esbuild, plus each chart's own code and its CSV data. Raw and gzip bytes, and the ratio.
// Writes bench/results/page-weight.json. Run after a build. Usage: node src/tools/bench/page-weight.ts [--dist dist] [--out …]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseFlags, rejectUnknown } from "./args.ts";
import { bundle, plotBundles, sizeOf, type Size } from "./client-bundle.ts";
import { describeMachine, machineInfo } from "./machine.ts";
import { median, round, textTable } from "./stats.ts";

const root = resolve(import.meta.dirname, "../../..");
const flags = parseFlags(process.argv.slice(2));
rejectUnknown(flags, ["dist", "out"]);
const dist = resolve(flags.get("dist") ?? join(root, "dist"));
const out = resolve(flags.get("out") ?? join(root, "bench/results/page-weight.json"));
if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} has no index.html; build the site first (npm run build) or pass --dist`);

/** Finds a site-relative URL's file in dist/, whatever the base path the site was built with. */
function distFile(url: string): string | null {
  const path = url.split(/[?#]/)[0].replace(/^https?:\/\/[^/]+/, "");
  const parts = path.split("/").filter(Boolean);
  for (let skip = 0; skip < parts.length; skip++) {
    const candidate = join(dist, ...parts.slice(skip));
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // a folder
      }
    }
  }
  return null;
}

/** Every page of a folder under dist/ (e.g. all of /articles/<slug>/). */
function pagesUnder(folder: string): string[] {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "index.html")))
    .map((entry) => join(dir, entry.name, "index.html"));
}

const CHART_SVG = /<div class="chart-(?:wide|narrow)"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/g;
const chartCodeCache = new Map<string, Size>();

/** The chart module bundled and minified as a browser would need it (Plot left external: it is counted once). */
function chartCode(id: string): Size {
  const cached = chartCodeCache.get(id);
  if (cached) return cached;
  const file = join(root, "content", "charts", `${id}.ts`);
  const size = existsSync(file) ? sizeOf(bundle(root, file, ["@observablehq/plot"])) : { raw: 0, gzip: 0 };
  chartCodeCache.set(id, size);
  return size;
}

function add(...sizes: Size[]): Size {
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

const bundles = plotBundles(root, join(root, "content", "charts"));

// Articles and their notebooks: the reading pages. (Standalone pages such as /performance/, which charts these
// results, are left out, so the measurement does not depend on itself.)
const candidates = [...pagesUnder("articles").map((file) => ({ file, kind: "article" })), ...pagesUnder("notebooks").map((file) => ({ file, kind: "notebook" }))];

const pages = candidates.map(({ file, kind }) => {
  const html = readFileSync(file, "utf8");
  const svgs = [...html.matchAll(CHART_SVG)].map((match) => match[1]);
  const charts = [...new Set([...html.matchAll(/<figure class="chart" id="chart-([a-z0-9-]+)"/g)].map((match) => match[1]))];
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1]).filter((href): href is string => Boolean(href)).map((href) => distFile(href)).filter((path): path is string => Boolean(path)).map((path) => readFileSync(path));
  const scriptFiles = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((match) => distFile(match[1])).filter((path): path is string => Boolean(path)).map((path) => readFileSync(path));
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const csvs = charts.map((id) => {
    const path = join(dist, "charts", id, "data.csv");
    return existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  });
  // Images the page loads only on narrow screens (the phone-width chart variant, loading="lazy" inside a hidden block).
  const narrowImages = [...html.matchAll(/<div class="chart-narrow"[^>]*>\s*<img[^>]*\ssrc="([^"]+)"/g)].map((match) => distFile(match[1])).filter((path): path is string => Boolean(path)).map((path) => readFileSync(path));
  const htmlSize = sizeOf(html);
  const cssSize = add(...css.map(sizeOf));
  const jsSize = add(...scriptFiles.map(sizeOf), ...inlineScripts.map(sizeOf));
  const svgSize = { raw: svgs.reduce((sum, svg) => sum + Buffer.byteLength(svg), 0), count: svgs.length };
  const htmlWithoutSvg = sizeOf(html.replace(CHART_SVG, '<div class="chart-mount"></div>'));
  const data = add(...csvs.map(sizeOf));
  const code = add(...charts.map(chartCode));
  const staticTotal = add(htmlSize, cssSize, jsSize);
  // A page without charts would not load Plot either.
  const plotUsed = charts.length ? bundles.used : { raw: 0, gzip: 0 };
  const plotFull = charts.length ? bundles.full : { raw: 0, gzip: 0 };
  const clientUsed = add(htmlWithoutSvg, cssSize, jsSize, plotUsed, code, data);
  const clientFull = add(htmlWithoutSvg, cssSize, jsSize, plotFull, code, data);
  // What else the HTML carries per chart (both would stay in a client-rendered page): data tables and chart code.
  const details = [...html.matchAll(/<details[^>]*>([\s\S]*?)<\/details>/g)].map((match) => match[0]);
  const breakdown = {
    inlineSvg: svgSize.raw,
    dataTables: details.filter((block) => block.includes("<table")).reduce((sum, block) => sum + Buffer.byteLength(block), 0),
    chartCodeBlocks: details.filter((block) => !block.includes("<table") && block.includes("<pre")).reduce((sum, block) => sum + Buffer.byteLength(block), 0),
    inlineStyle: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[0]), 0),
  };
  return {
    path: `/${relative(dist, dirname(file))}/`,
    kind,
    charts: charts.length,
    svgCount: svgSize.count,
    static: { html: htmlSize, css: cssSize, js: jsSize, inlineSvgRawBytes: svgSize.raw, total: staticTotal, narrowScreenImages: add(...narrowImages.map(sizeOf)), totalNarrowScreen: add(staticTotal, ...narrowImages.map(sizeOf)) },
    /** Raw bytes of the HTML taken by each part (the rest is prose, navigation and markup). */
    htmlBreakdown: { ...breakdown, rest: htmlSize.raw - breakdown.inlineSvg - breakdown.dataTables - breakdown.chartCodeBlocks - breakdown.inlineStyle },
    client: { htmlWithoutSvg, css: cssSize, js: jsSize, plot: plotUsed, chartCode: code, csvData: data, total: clientUsed, totalWithFullPlot: clientFull },
    /** Client-rendered bytes ÷ static bytes (above 1: the static page is lighter). */
    ratio: { raw: round(clientUsed.raw / staticTotal.raw, 2), gzip: round(clientUsed.gzip / staticTotal.gzip, 2) },
  };
});

const report = {
  benchmark: "page-weight",
  description:
    "Static = what the built page transfers: its HTML (with the inline SVG charts) + stylesheets + JavaScript; on narrow screens the phone-width chart images are added (totalNarrowScreen). Client = the same HTML without the chart SVGs + stylesheets + JavaScript + Observable Plot with its d3 dependencies (tree-shaken to the exports the site's charts call, bundled and minified by esbuild) + each chart module bundled and minified + the CSV rows each chart plots. gzip at level 6. Ratio = client ÷ static. Images (social cards, PNG downloads) are not loaded by the page and are not counted.",
  machine: machineInfo(),
  dist: relative(root, dist) || ".",
  plot: bundles,
  summary: {
    pages: pages.length,
    heaviestStaticRaw: Math.max(0, ...pages.map((page) => page.static.total.raw)),
    pagesWithJs: pages.filter((page) => page.static.js.raw > 0).length,
    medianSvgBytes: median(pages.flatMap((page) => (page.svgCount ? [page.static.inlineSvgRawBytes / page.svgCount] : []))),
    medianRatioRaw: median(pages.map((page) => page.ratio.raw)),
    medianRatioGzip: median(pages.map((page) => page.ratio.gzip)),
  },
  pages,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`Page weight in ${relative(process.cwd(), dist) || "."}: ${describeMachine(report.machine)}`);
console.log(`Plot ${bundles.plotVersion} bundled by esbuild ${bundles.esbuildVersion}: all exports ${kb(bundles.full.raw)} KB (${kb(bundles.full.gzip)} KB gzip); the ${bundles.used.exports.length} exports the charts use ${kb(bundles.used.raw)} KB (${kb(bundles.used.gzip)} KB gzip).\n`);
console.log(
  textTable(
    ["page", "charts", "static KB", "static gz KB", "SVG KB", "tables KB", "code KB", "style KB", "JS", "client KB", "client gz KB", "client/static", "gz ratio"],
    pages.map((page) => [page.path, page.charts, kb(page.static.total.raw), kb(page.static.total.gzip), kb(page.htmlBreakdown.inlineSvg), kb(page.htmlBreakdown.dataTables), kb(page.htmlBreakdown.chartCodeBlocks), kb(page.htmlBreakdown.inlineStyle), page.static.js.raw, kb(page.client.total.raw), kb(page.client.total.gzip), `${page.ratio.raw}×`, `${page.ratio.gzip}×`]),
  ),
);
console.log(`\nHeaviest page ${kb(report.summary.heaviestStaticRaw)} KB uncompressed; ${report.summary.pagesWithJs} page(s) with JavaScript; median SVG ${kb(report.summary.medianSvgBytes)} KB. Wrote ${relative(process.cwd(), out)}`);
