import { defineConfig } from "vitest/config";

// Reader features on the built site: search index, feeds, glossary links, corrections, citations, sitemap, social
// cards. `npm run test:reader`. The global setup builds the site once if the built folder is missing or stale.
export default defineConfig({
  test: {
    include: ["tests/reader/**/*.test.ts"],
    environment: "node",
    globalSetup: ["src/tools/quality/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
