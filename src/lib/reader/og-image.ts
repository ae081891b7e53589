import { existsSync } from "node:fs";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { escapeXml } from "../feeds/atom.ts";

/** Social-card size recommended by Open Graph consumers (1.91:1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Font files the card uses: DejaVu, from Debian's `fonts-dejavu-core`. Named explicitly so every machine renders identical bytes. */
export const OG_FONT_DIR = "/usr/share/fonts/truetype/dejavu";
export const OG_FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"];

/** The card's text. */
export interface OgCard {
  /** Small line above the title, e.g. "Staffing". */
  kicker: string;
  title: string;
  dek: string;
  /** Bottom line, e.g. the page's address without the scheme. */
  footer: string;
}

let fontOptions: ResvgRenderOptions["font"] | null = null;

/** resvg font options: only the DejaVu files (system fonts are not scanned, so output cannot vary with what else is installed). */
export function ogFontOptions(fontDir = OG_FONT_DIR): NonNullable<ResvgRenderOptions["font"]> {
  if (fontOptions && fontDir === OG_FONT_DIR) return fontOptions;
  const files = OG_FONT_FILES.map((name) => `${fontDir}/${name}`);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`Open Graph images need the DejaVu fonts; missing ${missing.join(", ")}. On Debian/Ubuntu: apt-get install -y fonts-dejavu-core`);
  }
  const options = { loadSystemFonts: false, fontFiles: files, defaultFontFamily: "DejaVu Sans" };
  if (fontDir === OG_FONT_DIR) fontOptions = options;
  return options;
}

type Measure = (text: string) => number;

/** Width in pixels of one line of text as resvg lays it out with the card's fonts. */
function measurer(family: string, weight: string, size: number): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}"><text x="0" y="${size}" font-family="${family}" font-weight="${weight}" font-size="${size}">${escapeXml(text)}</text></svg>`;
    const width = new Resvg(svg, { font: ogFontOptions() }).getBBox()?.width ?? 0;
    cache.set(text, width);
    return width;
  };
}

/** Greedy word wrap into at most `maxLines` lines; when text is left over, the last line ends with an ellipsis. */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines: number): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { lines: [], truncated: false };
  const lines: string[] = [];
  let current = "";
  let index = 0;
  for (; index < words.length; index++) {
    const candidate = current ? `${current} ${words[index]}` : words[index];
    if (!current || measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = words[index];
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    return { lines, truncated: false };
  }
  let last = lines[maxLines - 1];
  while (last.includes(" ") && measure(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(" "));
  lines[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, "")}…`;
  return { lines, truncated: true };
}

/** Composes the card as SVG: brand band, kicker, title (shrunk to fit three lines when it can), dek and footer. */
export function ogCardSvg(card: OgCard): string {
  const left = 80;
  const width = OG_WIDTH - left * 2;
  let titleSize = 64;
  let title = wrapText(card.title, width, measurer("DejaVu Serif", "bold", titleSize), 3);
  for (const size of [56, 50]) {
    if (!title.truncated && title.lines.length <= 2) break;
    const attempt = wrapText(card.title, width, measurer("DejaVu Serif", "bold", size), 3);
    titleSize = size;
    title = attempt;
    if (!attempt.truncated) break;
  }
  const titleLeading = Math.round(titleSize * 1.18);
  const titleTop = 190;
  const dekSize = 30;
  const dekLeading = 42;
  const dekTop = titleTop + (title.lines.length - 1) * titleLeading + 70;
  const dekLines = Math.max(1, Math.min(4, Math.floor((540 - dekTop) / dekLeading) + 1));
  const dek = wrapText(card.dek, width, measurer("DejaVu Sans", "normal", dekSize), dekLines);
  const tspans = (lines: string[], top: number, leading: number) =>
    lines.map((line, i) => `<tspan x="${left}" y="${top + i * leading}">${escapeXml(line)}</tspan>`).join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${OG_WIDTH}" height="14" fill="#0a5b93"/>`,
    `<text x="${left}" y="100" font-family="DejaVu Sans" font-weight="bold" font-size="26" letter-spacing="2" fill="#0a5b93">${escapeXml(card.kicker.toUpperCase())}</text>`,
    `<text font-family="DejaVu Serif" font-weight="bold" font-size="${titleSize}" fill="#1a1a1a">${tspans(title.lines, titleTop, titleLeading)}</text>`,
    `<text font-family="DejaVu Sans" font-size="${dekSize}" fill="#444444">${tspans(dek.lines, dekTop, dekLeading)}</text>`,
    `<rect x="${left}" y="560" width="${width}" height="2" fill="#d0d0d0"/>`,
    `<text x="${left}" y="600" font-family="DejaVu Sans" font-size="24" fill="#555555">${escapeXml(card.footer)}</text>`,
    `</svg>`,
  ].join("");
}

/** Renders the card to PNG bytes; the same card always gives the same bytes. */
export function renderOgPng(card: OgCard): Uint8Array<ArrayBuffer> {
  const png = new Resvg(ogCardSvg(card), { font: ogFontOptions(), fitTo: { mode: "original" } }).render().asPng();
  return new Uint8Array(png);
}
