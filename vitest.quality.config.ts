import { defineConfig } from "vitest/config";

// Quality gates that read the built site without a browser: links, valid HTML, page budgets.
// `npm run test:quality`. The global setup builds the site once if the built folder is missing or stale.
export default defineConfig({
  test: {
    include: ["tests/quality/**/*.test.ts"],
    environment: "node",
    globalSetup: ["src/tools/quality/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
