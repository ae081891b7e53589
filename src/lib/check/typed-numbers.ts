import { maskCodeFences } from "../content/mdx-scan.ts";

/** A figure typed by hand into prose, with where it starts. */
export interface TypedNumber {
  text: string;
  /** 0-based offset in the scanned text. */
  offset: number;
}

/**
 * What counts as a figure: thousands separators (12,000), five or more digits, amounts of money ($75),
 * and numbers given as a share or a magnitude (45%, 45 percent, 1.2 million). Small bare numbers are left
 * alone because they are years, ordinals, section numbers and programme names (2025, 287(g), Title 42).
 */
const FIGURE = /\$\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|thousand\b|million\b|billion\b|trillion\b)|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d{5,}(?:\.\d+)?\b/g;

/** Replaces every character of a match with spaces, keeping line breaks so positions stay true. */
const blank = (match: string) => match.replace(/[^\n]/g, " ");

/**
 * Masks what is not prose: code, JSX/HTML tags (with their attributes), MDX expressions and comments,
 * and link targets. What remains is the text a reader sees.
 */
export function maskNonProse(body: string): string {
  let text = maskCodeFences(body);
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  text = text.replace(/<\/?[A-Za-z][^<>]*?\/?>/g, blank);
  text = text.replace(/\{[^{}]*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}[^{}]*)*\}/g, blank);
  text = text.replace(/\]\([^)]*\)/g, blank);
  text = text.replace(/^(?:import|export)\s.*$/gm, blank);
  return text;
}

/** Finds figures typed into the prose of an MDX body (not in code, components or links). */
export function findTypedNumbers(body: string): TypedNumber[] {
  const prose = maskNonProse(body);
  return [...prose.matchAll(FIGURE)].map((match) => ({ text: match[0].trim(), offset: match.index }));
}

/** True when a fixed string holds a figure (used for chart takeaways written as plain strings). */
export function containsTypedNumber(text: string): boolean {
  return new RegExp(FIGURE.source).test(text);
}
