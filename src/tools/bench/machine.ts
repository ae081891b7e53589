import { execFileSync } from "node:child_process";
import { cpus, freemem, loadavg, totalmem, platform, release } from "node:os";

/** The machine a benchmark ran on, stated beside every result. */
export interface MachineInfo {
  /** ISO date and time the run started (UTC). */
  date: string;
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  freeMemoryBytesAtStart: number;
  node: string;
  os: string;
  /** 1-minute load average at the start: other work on the machine slows the figures. */
  loadAverageAtStart: number;
}

/** Describes this machine and Node version. */
export function machineInfo(): MachineInfo {
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    cores: cores.length,
    cpuModel: cores[0]?.model.trim() ?? "unknown",
    memoryBytes: totalmem(),
    freeMemoryBytesAtStart: freemem(),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100,
  };
}

/** One line describing the machine, for Markdown reports and the terminal. */
export function describeMachine(machine: MachineInfo): string {
  return `${machine.cores} cores (${machine.cpuModel}), ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB memory, Node ${machine.node}, ${machine.os}; load average ${machine.loadAverageAtStart} at start; ${machine.date.slice(0, 16).replace("T", " ")} UTC`;
}

/** The commit the benchmarked code came from, with "+changes" when the working tree differs from it (null outside git). */
export function gitCommit(root: string): string | null {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "astro.config.mjs", "package.json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return null;
  }
}
