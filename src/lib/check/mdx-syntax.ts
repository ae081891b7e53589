import { mdxToJs } from "satteri";
import type { Issue } from "../data/issues.ts";

/** Hints for the MDX errors contributors meet most, keyed by a fragment of the compiler's message. */
const HINTS: [string, string][] = [
  ["Unexpected character after `<`", "to write a literal \"<\" in text, write &lt; (e.g. &lt;5%)"],
  ["Expected a closing tag", "components end with \"/>\", e.g. <Value … />"],
  ["closing brace for `{`", "to write a literal \"{\" in text, write \\{"],
];

/**
 * Compiles an MDX body with the same compiler the site build uses (satteri), so syntax errors (an unclosed
 * tag, a stray "<" or "{") are found in milliseconds with their line and column instead of failing the build.
 */
export function checkMdxSyntax(body: string, bodyLine: number, file: string): Issue[] {
  try {
    mdxToJs(body);
    return [];
  } catch (error) {
    const raw = String((error as Error).message ?? error).split("\n")[0];
    const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$/.exec(raw);
    const line = match ? Number(match[1]) + bodyLine - 1 : bodyLine;
    const column = match ? Number(match[2]) : 1;
    const text = (match ? match[3] : raw).replace(/\s*\(\d+:\d+\)/g, "").replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, "");
    const hint = HINTS.find(([fragment]) => text.includes(fragment))?.[1];
    return [{ file, line, column, message: `MDX syntax error: ${text}${hint ? `; ${hint}` : ""}` }];
  }
}
