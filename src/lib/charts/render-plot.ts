import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { PlotOptions } from "@observablehq/plot";

/**
 * Renders Plot options to a static SVG string in Node, with linkedom as the DOM (measured faster than jsdom
 * and output-equivalent for the marks we use; see `npm run bench:dom`).
 */

const { document: sharedDocument } = parseHTML("<!doctype html><html><body></body></html>");

export interface RenderOptions {
  /** Prefix for ids inside the SVG (clip paths, patterns), so they are unique on the page and stable across builds. */
  idPrefix: string;
  width: number;
  /** Accessible name (becomes `<title>`). */
  title: string;
  /** Accessible description (becomes `<desc>`). */
  description: string;
}

/** Attributes whose numeric values are rounded to one decimal (coordinates and sizes). */
const GEOMETRY_ATTRIBUTES = /\s(d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform|points|viewBox|dx|dy)="([^"]*)"/g;

function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(e-?\d+)?/g, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Post-processes Plot's SVG for static, accessible, byte-stable output:
 * - drops Plot's per-chart `<style>` (the site stylesheet styles `.plot` once for every chart);
 * - drops `aria-label`/`aria-description` on inner `<g>` elements (axe flags them: a `<g>` has no role),
 *   and makes the root `role="img"` labelled by `<title>` and described by `<desc>`;
 * - renames Plot's counter-based ids (`plot-clip-3`) to ids from the chart's own prefix, in document order;
 * - rounds coordinates to 0.1 px so files stay small and builds stay identical.
 */
export function finishSvg(svg: string, options: RenderOptions): string {
  let out = svg.replace(/<style>[\s\S]*?<\/style>/g, "");
  out = out.replace(/<g([^>]*?)\saria-(label|description)="[^"]*"/g, "<g$1").replace(/<g([^>]*?)\saria-(label|description)="[^"]*"/g, "<g$1");
  const ids = new Map<string, string>();
  out = out.replace(/\sid="([^"]+)"/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, `${options.idPrefix}-${ids.size + 1}`);
    return ` id="${ids.get(id)}"`;
  });
  for (const [from, to] of ids) out = out.split(`url(#${from})`).join(`url(#${to})`).split(`href="#${from}"`).join(`href="#${to}"`);
  // Font-relative offsets (y="0.32em") are typography, not geometry: keep them exact.
  out = out.replace(GEOMETRY_ATTRIBUTES, (_, name: string, value: string) => ` ${name}="${value.endsWith("em") ? value : roundNumbers(value)}"`);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  out = out.replace(/^<svg([^>]*)>/, (_, attributes: string) => {
    const cleaned = attributes.replace(/\s(aria-label|aria-description|role)="[^"]*"/g, "");
    return `<svg${cleaned} role="img" aria-labelledby="${titleId}" aria-describedby="${descId}"><title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(options.description)}</desc>`;
  });
  return out;
}

/** Presentation attributes that children inherit from a `<g>`, so a value shared by every child can live on the group. */
const INHERITED_ATTRIBUTES = [
  "fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width", "stroke-dasharray", "stroke-linecap",
  "stroke-linejoin", "stroke-miterlimit", "opacity", "font-size", "font-family", "font-weight", "font-variant",
  "text-anchor", "paint-order",
];

/**
 * Moves attributes that every child of a group repeats (Plot writes `stroke-width="1.5"` on each of 400 rects
 * when a channel is constant per mark) onto the group. Children inherit them, so the drawing is unchanged.
 */
export function hoistSharedAttributes(root: Element): void {
  for (const group of Array.from(root.querySelectorAll("g"))) {
    const children = Array.from(group.children).filter((child) => child.tagName.toLowerCase() !== "title");
    if (children.length < 2 || children.some((child) => child.tagName.toLowerCase() === "g")) continue;
    for (const name of INHERITED_ATTRIBUTES) {
      const value = children[0].getAttribute(name);
      if (value === null || !children.every((child) => child.getAttribute(name) === value)) continue;
      for (const child of children) child.removeAttribute(name);
      group.setAttribute(name, value);
    }
  }
}

/** Renders Plot options to a finished SVG string. Throws when Plot returns a figure (legends must be drawn in HTML). */
export function renderPlot(plotOptions: PlotOptions, options: RenderOptions): string {
  const element = Plot.plot({
    ...plotOptions,
    width: options.width,
    className: "plot",
    document: sharedDocument as unknown as Document,
  } as PlotOptions);
  if (element.tagName.toLowerCase() !== "svg") {
    throw new Error(`chart "${options.idPrefix}": Plot returned a <${element.tagName.toLowerCase()}> instead of an <svg>. Remove Plot titles, captions and legends (color: { legend: true }): the page draws them in HTML.`);
  }
  element.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  hoistSharedAttributes(element as unknown as Element);
  return finishSvg(element.outerHTML, options);
}
