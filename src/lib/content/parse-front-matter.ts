import { isMap, isScalar, isSeq, parseDocument, LineCounter, type Node } from "yaml";
import type { z } from "zod";
import type { Issue } from "../data/issues.ts";

/** Splits an MDX file into its YAML front matter and body; `offset` is where the YAML starts. */
export function splitFrontMatter(text: string): { yaml: string; body: string; yamlLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return null;
  return { yaml: match[1], body: text.slice(match[0].length), yamlLine: 2 };
}

function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (!node) return null;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === "number") {
      node = (node.items[key] as Node | undefined) ?? node;
    } else return node;
  }
  return node;
}

/** Parses and validates front matter, reporting each problem at its file, line and column, naming the field. */
export function validateFrontMatter<T>(text: string, file: string, schema: z.ZodType<T>): { data: T | null; body: string; bodyLine: number; issues: Issue[] } {
  const split = splitFrontMatter(text);
  if (!split) return { data: null, body: text, bodyLine: 1, issues: [{ file, line: 1, column: 1, message: "no front matter; expected the file to start with a --- block (title, dek, published, authors, topic …)" }] };
  const bodyLine = split.yaml.split("\n").length + 3;
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
  const issues: Issue[] = [];
  for (const error of document.errors) {
    const position = lineCounter.linePos(error.pos[0]);
    issues.push({ file, line: position.line + split.yamlLine - 1, column: position.col, message: `front matter is not valid YAML: ${error.message.split("\n")[0]}` });
  }
  if (issues.length > 0) return { data: null, body: split.body, bodyLine, issues };
  const result = schema.safeParse(document.toJS());
  if (result.success) return { data: result.data, body: split.body, bodyLine, issues };
  for (const problem of result.error.issues) {
    const node = nodeAt(document.contents as Node | null, problem.path);
    const position = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    const field = problem.path.length ? problem.path.map(String).join(".") : "(front matter)";
    const message = problem.code === "unrecognized_keys" ? `unknown field(s) ${(problem as { keys?: string[] }).keys?.map((key) => `"${key}"`).join(", ")}; check the spelling against src/lib/content/front-matter.ts` : problem.message;
    issues.push({ file, line: position.line + split.yamlLine - 1, column: position.col, message: `field "${field}": ${message}` });
  }
  return { data: null, body: split.body, bodyLine, issues };
}
