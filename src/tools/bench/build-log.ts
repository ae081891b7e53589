/**
 * Reads Astro's build output: the time Astro reports per generated route (`├─ /path (+12ms)`), grouped by
 * the kind of route, and the time at which each build phase started (from when each line arrived).
 */

/** A line of build output and the ms since the build started at which it arrived. */
export interface TimedLine {
  ms: number;
  text: string;
}

/** Time Astro reported for the routes of one kind. */
export interface RouteKindTotal {
  count: number;
  ms: number;
}

const ROUTE = /[├└]─\s+(\S+)\s+\(\+([\d.]+)(ms|s)\)/;

/** Which kind of output a route path is, e.g. "article page" or "chart PNG". */
export function routeKind(path: string): string {
  const rules: [RegExp, string][] = [
    [/^\/articles\/[^/]+\/index\.html$/, "article pages"],
    [/^\/notebooks\/[^/]+\/index\.html$/, "notebook pages"],
    [/^\/charts\/[^/]+\/index\.html$/, "chart pages"],
    [/^\/charts\/[^/]+\/embed\/index\.html$/, "chart embeds"],
    [/^\/charts\/[^/]+\/chart\.png$/, "chart PNGs"],
    [/^\/charts\/[^/]+\/(chart|narrow)\.svg$/, "chart SVG files"],
    [/^\/charts\/[^/]+\/data\.csv$/, "chart CSVs"],
    [/^\/og\/.+\.png$/, "social-card PNGs"],
    [/^\/data\/[^/]+\/[^/]+\/[^/]+\/index\.html$/, "data table pages"],
    [/^\/data\/[^/]+\/[^/]+\/[^/]+\.(csv|json|zip)\/?$/, "data downloads"],
    [/^\/data\/[^/]+\/(latest\/)?[^/]+\.(csv|json|zip)\/?$/, "data downloads"],
    [/^\/data\//, "dataset pages"],
    [/^\/feeds\//, "feeds"],
  ];
  for (const [pattern, kind] of rules) if (pattern.test(path)) return kind;
  return "other pages";
}

/** Sums the per-route times Astro printed, by kind of route. */
export function routeTotals(lines: readonly TimedLine[]): Record<string, RouteKindTotal> {
  const totals: Record<string, RouteKindTotal> = {};
  for (const { text } of lines) {
    const match = ROUTE.exec(text);
    if (!match) continue;
    const ms = Number(match[2]) * (match[3] === "s" ? 1000 : 1);
    const kind = routeKind(match[1]);
    totals[kind] ??= { count: 0, ms: 0 };
    totals[kind].count++;
    totals[kind].ms += ms;
  }
  for (const total of Object.values(totals)) total.ms = Math.round(total.ms);
  return totals;
}

/** The slowest routes Astro reported. */
export function slowestRoutes(lines: readonly TimedLine[], count: number): { path: string; ms: number }[] {
  const routes: { path: string; ms: number }[] = [];
  for (const { text } of lines) {
    const match = ROUTE.exec(text);
    if (match) routes.push({ path: match[1], ms: Number(match[2]) * (match[3] === "s" ? 1000 : 1) });
  }
  return routes.sort((a, b) => b.ms - a.ms).slice(0, count);
}

/**
 * Build phases from the arrival time of marker lines: start → content synced → bundling (Vite) → route
 * generation → search index → done. A phase whose marker is absent is left out.
 */
export function phases(lines: readonly TimedLine[], totalMs: number): Record<string, number> {
  return Object.fromEntries(phaseWindows(lines, totalMs).map(({ name, start, end }) => [name, Math.round(end - start)]));
}

/** Peak of a sampled series ([ms, value]) within each build phase. */
export function peakByPhase(lines: readonly TimedLine[], totalMs: number, timeline: readonly [number, number][]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const { name, start, end } of phaseWindows(lines, totalMs)) {
    result[name] = timeline.filter(([ms]) => ms >= start && ms <= end).reduce((max, [, value]) => Math.max(max, value), 0);
  }
  return result;
}

/** Start and end (ms since the build started) of each phase present in the output. */
export function phaseWindows(lines: readonly TimedLine[], totalMs: number): { name: string; start: number; end: number }[] {
  const find = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.ms;
  const marks: [string, number | undefined][] = [
    ["start and content sync", 0],
    ["bundling (Vite)", find(/Building static entrypoints/)],
    ["route generation", find(/generating static routes/)],
    ["search index and finish", find(/\[build\] ✓ Completed in/) !== undefined ? lastMatch(lines, /\[build\] ✓ Completed in/) : undefined],
  ];
  const present = marks.filter((mark): mark is [string, number] => mark[1] !== undefined);
  return present.map(([name, start], index) => ({ name, start, end: index + 1 < present.length ? present[index + 1][1] : totalMs }));
}

function lastMatch(lines: readonly TimedLine[], pattern: RegExp): number | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i].text)) return lines[i].ms;
  return undefined;
}

/** Removes ANSI colour codes. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}
