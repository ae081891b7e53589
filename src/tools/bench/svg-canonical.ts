/**
 * Canonical form of an SVG/XML string, so two serialisers' outputs can be compared for equivalence:
 * attributes sorted by name, entities decoded and re-escaped one way, self-closing tags expanded
 * (`<path/>` → `<path></path>`), whitespace between tags kept as is (it is significant in `<text>`).
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes named and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === "#") return String.fromCodePoint(body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    return ENTITIES[body.toLowerCase()] ?? match;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

const TAG = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Returns the canonical form of an SVG string (see the module comment). */
export function canonicalSvg(svg: string): string {
  let out = "";
  let last = 0;
  for (const match of svg.matchAll(TAG)) {
    out += escapeText(decodeEntities(svg.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, name, attributeText, selfClosing] = match;
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    const attributes: [string, string][] = [];
    for (const attribute of attributeText.matchAll(ATTRIBUTE)) {
      attributes.push([attribute[1], decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? "")]);
    }
    attributes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out += `<${name}${attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join("")}>`;
    if (selfClosing) out += `</${name}>`;
  }
  return out + escapeText(decodeEntities(svg.slice(last)));
}

/** The first place two canonical strings differ, with some context, or null when they are equal. */
export function firstDifference(a: string, b: string, context = 60): { offset: number; a: string; b: string } | null {
  if (a === b) return null;
  let offset = 0;
  while (offset < a.length && offset < b.length && a[offset] === b[offset]) offset++;
  const from = Math.max(0, offset - context);
  return { offset, a: a.slice(from, offset + context), b: b.slice(from, offset + context) };
}
