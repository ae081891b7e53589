/**
 * A light scanner for the component calls and links in an MDX body, so references can be checked without a
 * full site build. It reads `<Name attr="text" attr={expression} />` and evaluates expressions as plain
 * JavaScript object/array literals.
 */

export interface ComponentCall {
  name: string;
  /** Attribute values: strings as written, expressions evaluated (or an `error` marker when they cannot be). */
  props: Record<string, unknown>;
  line: number;
  column: number;
}

export interface LinkRef {
  url: string;
  line: number;
  column: number;
}

function position(text: string, offset: number, firstLine: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line: line + firstLine - 1, column: offset - before.lastIndexOf("\n") };
}

/** Reads attributes from `start` (just after the tag name) to the end of the tag. */
function readAttributes(text: string, start: number): { props: Record<string, unknown>; end: number } {
  const props: Record<string, unknown> = {};
  let i = start;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? "")) i++;
    if (text.startsWith("/>", i)) return { props, end: i + 2 };
    if (text[i] === ">") return { props, end: i + 1 };
    const nameMatch = /^[A-Za-z_][\w-]*/.exec(text.slice(i));
    if (!nameMatch) return { props, end: i };
    const name = nameMatch[0];
    i += name.length;
    if (text[i] !== "=") {
      props[name] = true;
      continue;
    }
    i++;
    if (text[i] === '"' || text[i] === "'") {
      const quote = text[i];
      const close = text.indexOf(quote, i + 1);
      props[name] = text.slice(i + 1, close);
      i = close + 1;
    } else if (text[i] === "{") {
      let depth = 0;
      let j = i;
      let inString: string | null = null;
      for (; j < text.length; j++) {
        const char = text[j];
        if (inString) {
          if (char === "\\") j++;
          else if (char === inString) inString = null;
        } else if (char === '"' || char === "'" || char === "`") inString = char;
        else if (char === "{") depth++;
        else if (char === "}" && --depth === 0) break;
      }
      const expression = text.slice(i + 1, j);
      try {
        props[name] = new Function(`return (${expression});`)();
      } catch {
        props[name] = { __unevaluated: expression };
      }
      i = j + 1;
    } else return { props, end: i };
  }
  return { props, end: i };
}

/** Finds calls to the named components in an MDX body (code fences are skipped). */
export function scanComponents(body: string, names: readonly string[], firstLine = 1): ComponentCall[] {
  const calls: ComponentCall[] = [];
  const masked = maskCodeFences(body);
  const pattern = new RegExp(`<(${names.join("|")})(?=[\\s/>])`, "g");
  for (const match of masked.matchAll(pattern)) {
    const { props } = readAttributes(body, match.index + match[0].length);
    calls.push({ name: match[1], props, ...position(body, match.index, firstLine) });
  }
  return calls;
}

/** Finds site-internal links: Markdown `](/path)` and `href="/path"`. */
export function scanInternalLinks(body: string, firstLine = 1): LinkRef[] {
  const masked = maskCodeFences(body);
  const links: LinkRef[] = [];
  for (const match of masked.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
    const url = match[1] ?? match[2];
    links.push({ url, ...position(body, match.index + match[0].indexOf(url), firstLine) });
  }
  return links;
}

/** Replaces code fences and inline code with spaces, keeping offsets and line breaks. */
export function maskCodeFences(text: string): string {
  return text.replace(/```[\s\S]*?```|`[^`\n]*`/g, (block) => block.replace(/[^\n]/g, " "));
}
