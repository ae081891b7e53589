import type { Issue } from "../data/issues.ts";
import { scanComponents, scanInternalLinks } from "../content/mdx-scan.ts";

/** An MDX file's body and where it starts, as check-project reads it. */
export interface GlossaryCheckFile {
  /** Repository-relative path, e.g. `content/articles/removals.mdx`. */
  file: string;
  body: string;
  /** Line of the file on which the body starts (after the front matter). */
  bodyLine: number;
}

function known(slugs: ReadonlySet<string>): string {
  const list = [...slugs].sort();
  if (list.length === 0) return "the glossary is empty (no data/definitions dataset)";
  return `known terms: ${list.slice(0, 12).join(", ")}${list.length > 12 ? `, … (${list.length} in all, see /glossary/)` : ""}`;
}

/**
 * Checks every `<Term slug="…">` and every hand-written `/glossary/#…` link in MDX bodies against the glossary.
 * Unknown or missing slugs are errors (the build would fail on them too); a second `<Term>` for the same slug in one
 * file is a warning, because only the first use on a page becomes a link.
 */
export function checkGlossaryLinks(files: readonly GlossaryCheckFile[], slugs: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const { file, body, bodyLine } of files) {
    const first = new Map<string, number>();
    for (const call of scanComponents(body, ["Term"], bodyLine)) {
      const at = { file, line: call.line, column: call.column };
      const slug = call.props.slug;
      if (typeof slug !== "string" || slug === "") {
        const found = slug === undefined ? "no slug" : `slug=${JSON.stringify(slug)}`;
        issues.push({ ...at, message: `<Term> has ${found}; expected a string slug from the glossary, e.g. <Term slug="removal">removals</Term>` });
      } else if (!slugs.has(slug)) {
        issues.push({ ...at, message: `<Term slug="${slug}">: no glossary term has this slug; ${known(slugs)}` });
      } else if (first.has(slug)) {
        issues.push({ ...at, severity: "warning", message: `<Term slug="${slug}"> is used again (first use on line ${first.get(slug)}); only the first use on a page links to the glossary, so this one renders as plain text` });
      } else {
        first.set(slug, call.line);
      }
    }
    for (const link of scanInternalLinks(body, bodyLine)) {
      const match = /^\/glossary\/?#(.+)$/.exec(link.url);
      if (match && !slugs.has(decodeURIComponent(match[1]))) {
        issues.push({ file, line: link.line, column: link.column, message: `link "${link.url}" points at glossary entry "${match[1]}", which does not exist; ${known(slugs)}` });
      }
    }
  }
  return issues;
}
