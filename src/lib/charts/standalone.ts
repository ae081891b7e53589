import { darkTheme, lightTheme } from "./house.ts";

/**
 * Makes a page SVG self-contained for download and rasterising: CSS variables and currentColor become the light
 * theme's concrete colours, and a background, font and title block are added, since nothing outside the file
 * will style it.
 */
export function standaloneSvg(svg: string, options: { title: string; source: string }): string {
  let out = svg.replace(/var\((--[a-z0-9-]+)\)/g, (whole, name: string) => lightTheme[name] ?? whole);
  out = out.replace(/currentColor/g, lightTheme["--fg"]);
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(out);
  const width = viewBox ? Number(viewBox[1]) : 688;
  const height = viewBox ? Number(viewBox[2]) : 400;
  const header = 44;
  const footer = 28;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const inner = out.replace(/^<svg[^>]*>/, "").replace(/<\/svg>$/, "");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 32}" height="${height + header + footer}" viewBox="0 0 ${width + 32} ${height + header + footer}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="${lightTheme["--bg"]}"/>`,
    `<text x="16" y="28" font-size="16" font-weight="bold" fill="${lightTheme["--fg"]}">${escape(options.title)}</text>`,
    `<g transform="translate(16,${header})" font-size="10" fill="${lightTheme["--fg"]}">${inner}</g>`,
    `<text x="16" y="${height + header + 18}" font-size="10" fill="${lightTheme["--c-muted"]}">${escape(options.source)} · Enforcement Ledger</text>`,
    `</svg>`,
  ].join("");
}

/**
 * Makes a page SVG usable as an `<img>`: the theme's custom properties are declared inside the file, with a
 * dark-scheme override, so it follows the reader's colour scheme without the page's stylesheet. Per-mark
 * tooltips are dropped (an image shows none), keeping the root title and description.
 */
export function themedImageSvg(svg: string): string {
  const declarations = (theme: Record<string, string>) => Object.entries(theme).map(([name, value]) => `${name}:${value}`).join(";");
  const style = `<style>svg{${declarations(lightTheme)};color:var(--fg);font-family:system-ui,sans-serif}@media (prefers-color-scheme:dark){svg{${declarations(darkTheme)}}}</style>`;
  const [open, rest] = splitRoot(svg);
  const body = rest.replace(/(<title id="[^"]*">[^<]*<\/title>)|<title>[^<]*<\/title>/g, (match, rootTitle: string | undefined) => rootTitle ?? "");
  return `${open}${style}${body}`;
}

function splitRoot(svg: string): [string, string] {
  const end = svg.indexOf(">") + 1;
  return [svg.slice(0, end), svg.slice(end)];
}
