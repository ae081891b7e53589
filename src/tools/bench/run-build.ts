import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { stripAnsi, type TimedLine } from "./build-log.ts";
import { watchTreeRss } from "./process-tree.ts";

/** What one `astro build` cost. */
export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  /** Why the build failed (last error lines) or was stopped. */
  error?: string;
  wallMs: number;
  /** Peak of the summed RSS of the build's whole process tree, sampled from /proc every 100 ms. */
  peakTreeRssBytes: number;
  rssSamples: number;
  /** [ms since start, bytes] of every RSS sample. */
  rssTimeline: [number, number][];
  /** Largest RSS of any single process, from `/usr/bin/time -v` (null when it is not installed). */
  maxRssSingleProcessBytes: number | null;
  /** User + system CPU seconds of the build and its children, from `/usr/bin/time -v`: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  /** Mean 1-minute load average sampled during the build (the machine's other work competes for its cores). */
  meanLoadAverage: number;
  lines: TimedLine[];
}

const TIME = "/usr/bin/time";

let gnuTime: boolean | null = null;

/** True when /usr/bin/time is GNU time (it accepts -v and -o); BSD time on macOS does not. */
function hasGnuTime(): boolean {
  if (gnuTime === null) gnuTime = existsSync(TIME) && spawnSync(TIME, ["-v", "-o", "/dev/null", "true"], { stdio: "ignore" }).status === 0;
  return gnuTime;
}

/**
 * Runs `astro build` in a project folder with this Node, measuring wall time and memory.
 * `extraNodeArgs` go before the astro entry point (e.g. --cpu-prof); `env` is added to the environment.
 */
export function runAstroBuild(projectDir: string, options: { timeoutMs: number; logFile: string; extraNodeArgs?: string[]; env?: Record<string, string> }): Promise<BuildRun> {
  const astro = join(projectDir, "node_modules", "astro", "bin", "astro.mjs");
  const nodeArgs = [...(options.extraNodeArgs ?? []), astro, "build"];
  const useTime = hasGnuTime();
  const timeFile = `${options.logFile}.time`;
  const command = useTime ? TIME : process.execPath;
  const args = useTime ? ["-v", "-o", timeFile, process.execPath, ...nodeArgs] : nodeArgs;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: projectDir, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...options.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const watcher = watchTreeRss(child.pid!);
    const loads: number[] = [loadavg()[0]];
    const loadTimer = setInterval(() => loads.push(loadavg()[0]), 1000);
    const lines: TimedLine[] = [];
    // Written as it arrives, so a long build can be followed with tail -f.
    const logStream = createWriteStream(options.logFile);
    const collect = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on("line", (text) => {
        const line = { ms: performance.now() - started, text: stripAnsi(text) };
        lines.push(line);
        logStream.write(`${(line.ms / 1000).toFixed(3).padStart(9)}  ${line.text}\n`);
      });
    collect(child.stdout!);
    collect(child.stderr!);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The build runs in its own process group (detached): stop the whole group, not only /usr/bin/time.
      process.kill(-child.pid!, "SIGKILL");
    }, options.timeoutMs);
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      clearInterval(loadTimer);
      const wallMs = performance.now() - started;
      const memory = watcher.stop();
      logStream.end();
      let maxRssSingleProcessBytes: number | null = null;
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, "utf8");
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (match) maxRssSingleProcessBytes = Number(match[1]) * 1024;
        const user = /User time \(seconds\): ([\d.]+)/.exec(report);
        const system = /System time \(seconds\): ([\d.]+)/.exec(report);
        if (user && system) cpuSeconds = Math.round((Number(user[1]) + Number(system[1])) * 10) / 10;
      }
      const ok = exitCode === 0 && !timedOut;
      const errorLines = lines.filter((line) => /error|Error|failed/.test(line.text)).slice(-5).map((line) => line.text.trim());
      resolve({
        ok,
        exitCode,
        ...(ok ? {} : { error: timedOut ? `stopped after the ${Math.round(options.timeoutMs / 1000)} s time limit` : errorLines.join(" | ") || `exit code ${exitCode}` }),
        wallMs,
        peakTreeRssBytes: memory.peakBytes,
        rssSamples: memory.samples,
        rssTimeline: memory.timeline,
        maxRssSingleProcessBytes,
        cpuSeconds,
        meanLoadAverage: Math.round((loads.reduce((a, b) => a + b, 0) / loads.length) * 100) / 100,
        lines,
      });
    });
  });
}
