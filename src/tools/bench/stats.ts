/** Small statistics and formatting helpers shared by the benchmarks. */

/** Median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds to a fixed number of decimals, keeping the result a number (for JSON output). */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Times `run` once per iteration after `warmup` untimed calls; returns each timed duration in ms. */
export function timeRuns(run: () => void, iterations: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

/** Renders rows as a Markdown table with the given headers; numeric-looking cells are right-aligned. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => /^[-\d.,% ×x<>~]+$|^—$/.test(String(row[column]))));
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(headers), line(numeric.map((right) => (right ? "---:" : "---"))), ...rows.map(line)].join("\n");
}

/** Renders rows as a fixed-width text table for the terminal. */
export function textTable(headers: string[], rows: (string | number)[][]): string {
  const all = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...all.map((row) => String(row[column]).length)));
  const line = (cells: (string | number)[]) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join("  ").trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/** Formats a byte count as KB or MB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}
