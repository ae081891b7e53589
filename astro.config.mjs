// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { siteSettings } from "./src/site/settings.mjs";
import { pagefindSearch } from "./src/integrations/pagefind.ts";

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
  // Code blocks: the default theme's comments (#6a737d on #24292e, 3.0:1) fail WCAG AA contrast; this one passes.
  markdown: { shikiConfig: { theme: "github-dark-high-contrast" } },
  integrations: [mdx(), pagefindSearch()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
