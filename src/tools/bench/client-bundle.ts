import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Raw and gzip-compressed size of some bytes (gzip at zlib's default level 6, as most servers send). */
export interface Size {
  raw: number;
  gzip: number;
}

/** Size of a string or buffer, raw and gzipped. */
export function sizeOf(data: string | Uint8Array): Size {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  return { raw: bytes.length, gzip: bytes.length === 0 ? 0 : gzipSync(bytes, { level: 6 }).length };
}

function esbuild(root: string): string {
  return join(root, "node_modules", ".bin", "esbuild");
}

/**
 * Bundles with esbuild (minified, browser ESM) and returns the output. `entry` is a file path, or source code
 * given as `{ code }` (read from stdin and resolved from the project root, so bare imports find node_modules).
 */
export function bundle(root: string, entry: string | { code: string }, external: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "el-weight-"));
  try {
    const outfile = join(dir, "out.js");
    const input = typeof entry === "string" ? [entry] : [];
    execFileSync(esbuild(root), [...input, "--bundle", "--minify", "--format=esm", "--platform=browser", "--target=es2022", `--outfile=${outfile}`, "--log-level=error", ...external.map((name) => `--external:${name}`)], {
      cwd: root,
      input: typeof entry === "string" ? undefined : entry.code,
      stdio: [typeof entry === "string" ? "ignore" : "pipe", "ignore", "pipe"],
    });
    return readFileSync(outfile, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Plot marks and helpers the site's chart modules call (`Plot.barY` → "barY"). */
export function plotExportsUsed(chartsDir: string): string[] {
  const used = new Set<string>(["plot"]);
  for (const name of readdirSync(chartsDir).filter((file) => file.endsWith(".ts"))) {
    for (const match of readFileSync(join(chartsDir, name), "utf8").matchAll(/\bPlot\.([A-Za-z]+)/g)) used.add(match[1]);
  }
  return [...used].sort();
}

/** What a reader would download to draw the charts in the browser: Plot and its d3 dependencies. */
export interface PlotBundles {
  plotVersion: string;
  esbuildVersion: string;
  /** `import * as Plot`: everything Plot exports. */
  full: Size;
  /** Only the exports the site's charts call, tree-shaken: the smallest bundle that could draw them. */
  used: Size & { exports: string[] };
}

/** Bundles @observablehq/plot twice (whole, and only the exports in use) with esbuild and measures both. */
export function plotBundles(root: string, chartsDir: string): PlotBundles {
  const exports = plotExportsUsed(chartsDir);
  return {
    plotVersion: (JSON.parse(readFileSync(join(root, "node_modules", "@observablehq", "plot", "package.json"), "utf8")) as { version: string }).version,
    esbuildVersion: execFileSync(esbuild(root), ["--version"], { encoding: "utf8" }).trim(),
    full: sizeOf(bundle(root, { code: `import * as Plot from "@observablehq/plot";\nglobalThis.Plot = Plot;\n` })),
    used: { ...sizeOf(bundle(root, { code: `import { ${exports.join(", ")} } from "@observablehq/plot";\nglobalThis.Plot = { ${exports.join(", ")} };\n` })), exports },
  };
}
