// Sätteri hast plugin for Markdown/MDX: content that may be wider than a phone screen scrolls inside its own
// box, and keyboard users can reach that box (WCAG 2.1.1 keyboard, 1.4.10 reflow). Markdown tables get the
// same named, focusable wrapper as <DataTable> (div.table-scroll, role=region); code blocks (<pre>) become
// focusable so their horizontal scroll works from the keyboard.
import { defineHastPlugin, type HastNode } from "satteri";

interface Element {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

function text(node: Element): string {
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(text).join("");
}

/** A name for a Markdown table's scroll region: its caption, or else its column headings. */
export function tableLabel(table: Element): string {
  const caption = (table.children ?? []).find((child) => child.tagName === "caption");
  if (caption) return `Table: ${text(caption).replace(/\s+/g, " ").trim()}`;
  const headings: string[] = [];
  const collect = (node: Element): void => {
    if (node.tagName === "th") headings.push(text(node).replace(/\s+/g, " ").trim());
    else if (node.tagName !== "tbody") (node.children ?? []).forEach(collect);
  };
  collect(table);
  return `Table: ${headings.filter(Boolean).join(", ") || "data"}`;
}

/** The plugin, for `markdown.processor: satteri({ hastPlugins: [scrollRegions] })` in astro.config.mjs. */
export const scrollRegions = defineHastPlugin({
  name: "enforcement-ledger-scroll-regions",
  element: [
    {
      filter: ["pre"],
      visit(node) {
        return { ...node, properties: { ...node.properties, tabIndex: 0 } } as HastNode;
      },
    },
    {
      filter: ["table"],
      visit(node, ctx) {
        ctx.wrapNode(node, {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: tableLabel(node as unknown as Element) },
          children: [],
        });
      },
    },
  ],
});
