/** Command-line flags for the benchmarks: `--name value` or `--name=value`; a bare `--flag` is "true". */
export function parseFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument "${arg}"; expected flags like --articles 10,100`);
    const [name, inline] = arg.slice(2).split("=", 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) flags.set(name, argv[++i]);
    else flags.set(name, "true");
  }
  return flags;
}

/** A comma-separated list of positive integers (`1000,100k,1m` accepted); throws naming the flag. */
export function intList(flags: Map<string, string>, name: string, fallback: number[]): number[] {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  return raw.split(",").map((part) => {
    const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(part.trim());
    if (!match) throw new Error(`--${name}: "${part}" is not a count; expected e.g. --${name} ${fallback.join(",")}`);
    const value = Number(match[1]) * (match[2].toLowerCase() === "k" ? 1e3 : match[2].toLowerCase() === "m" ? 1e6 : 1);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name}: "${part}" is not a positive whole number`);
    return value;
  });
}

/** One positive integer flag. */
export function intFlag(flags: Map<string, string>, name: string, fallback: number): number {
  const [value] = intList(flags, name, [fallback]);
  return value;
}

/** Throws when a flag is not one the command knows, listing the known ones. */
export function rejectUnknown(flags: Map<string, string>, known: readonly string[]): void {
  for (const name of flags.keys()) {
    if (!known.includes(name)) throw new Error(`unknown flag --${name}; known flags: ${known.map((k) => `--${k}`).join(", ")}`);
  }
}
