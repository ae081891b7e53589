import { existsSync, readFileSync, readdirSync } from "node:fs";

/** True where process memory can be read from /proc (Linux); elsewhere the benchmark reports memory as unavailable. */
export const HAS_PROC = existsSync("/proc/self/status");

/** Parent pid of every process, read from /proc/<pid>/stat (Linux). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  if (!HAS_PROC) return children;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) is in parentheses and may contain spaces: parse after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return children;
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of the resident set sizes of a process and all its descendants, in bytes (0 when /proc is unavailable). */
export function treeRss(root: number): { bytes: number; processes: number } {
  const children = parentMap();
  let bytes = 0;
  let processes = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    bytes += rssBytes(pid);
    processes++;
    queue.push(...(children.get(pid) ?? []));
  }
  return { bytes, processes };
}

/** Samples a process tree's RSS every `intervalMs` until stopped; reports the peak. */
export function watchTreeRss(root: number, intervalMs = 100): { stop: () => { peakBytes: number; samples: number; maxProcesses: number; timeline: [number, number][] } } {
  let peakBytes = 0;
  let samples = 0;
  let maxProcesses = 0;
  const started = performance.now();
  // [ms since start, bytes] for every sample, so the peak can be placed in a build phase.
  const timeline: [number, number][] = [];
  const sample = () => {
    const { bytes, processes } = treeRss(root);
    peakBytes = Math.max(peakBytes, bytes);
    maxProcesses = Math.max(maxProcesses, processes);
    samples++;
    timeline.push([Math.round(performance.now() - started), bytes]);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, samples, maxProcesses, timeline };
    },
  };
}
