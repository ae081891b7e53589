import { defineConfig } from "vitest/config";

// Browser gates on the built site (Debian's Chromium via playwright-core): page loads, requests, axe, screenshots.
// `npm run test:e2e`. The global setup builds the site once if the built folder is missing or stale.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["src/tools/quality/global-setup.ts"],
    // One Chromium at a time: CI has two cores, and Chromium uses several processes per page already.
    fileParallelism: false,
    // Pages checked at once inside a file (each in its own tab and renderer process). QUALITY_CONCURRENCY overrides.
    maxConcurrency: Number(process.env.QUALITY_CONCURRENCY || 2),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
