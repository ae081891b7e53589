import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** A V8 CPU profile as written by `node --cpu-prof`. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where the time of a CPU profile went: self time by area (package or project folder) and by function. */
export interface ProfileSummary {
  file: string;
  totalMs: number;
  byArea: { area: string; ms: number; share: number }[];
  topFunctions: { name: string; area: string; ms: number }[];
}

/** The area a script URL belongs to: an npm package, a project folder, Node internals, or V8 (GC, idle). */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith("node:")) return "node internals";
  // Vite bundles the project into dist/.prerender/chunks; the chunk name keeps the page or module name.
  const chunk = /\/(?:\.prerender|chunks|pages)\/([^/]+?)(?:_[A-Za-z0-9-]{8})?\.m?js$/.exec(url);
  if (chunk) return `site bundle: ${chunk[1]}`;
  const project = /\/(src\/[^/]+\/[^/]+|src\/[^/]+|content\/[^/]+)/.exec(url);
  return project ? project[1] : url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
}

/** Summarises one .cpuprofile file. */
export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const areas = new Map<string, number>();
  const functions = new Map<string, { area: string; us: number }>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    totalUs += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const name = `${functionName || "(anonymous)"} ${url ? `${url.split("/").slice(-1)[0]}:${lineNumber + 1}` : ""}`.trim();
    const entry = functions.get(name) ?? { area, us: 0 };
    entry.us += us;
    functions.set(name, entry);
  }
  const ms = (us: number) => Math.round(us / 1000);
  return {
    file,
    totalMs: ms(totalUs),
    byArea: [...areas].sort((a, b) => b[1] - a[1]).slice(0, top).map(([area, us]) => ({ area, ms: ms(us), share: Math.round((us / totalUs) * 1000) / 10 })),
    topFunctions: [...functions].sort((a, b) => b[1].us - a[1].us).slice(0, top).map(([name, entry]) => ({ name, area: entry.area, ms: ms(entry.us) })),
  };
}

/** Summarises the largest profile in a folder (the main build process), or null when there is none. */
export function summariseLargestProfile(dir: string): ProfileSummary | null {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile")).map((name) => join(dir, name));
  } catch {
    return null;
  }
  if (files.length === 0) return null;
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return summariseProfile(largest);
}
