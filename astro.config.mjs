// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { siteSettings } from "./src/site/settings.mjs";
import { pagefindSearch } from "./src/integrations/pagefind.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { scrollRegions } from "./src/lib/content/scroll-regions.ts";

const { site, base } = siteSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || "./dist",
  trailingSlash: "always",
  // Lossless whitespace removal: Astro 7's default ("jsx") drops spaces between inline elements in prose.
  compressHTML: true,
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [mdx(), pagefindSearch()],
  // Code blocks in notebooks stay plain: per-token inline colours cost bytes and ignore the dark theme.
  // Wide Markdown tables and code blocks scroll in their own focusable box (keyboard access, no page-wide scroll on phones).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [scrollRegions] }) },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
