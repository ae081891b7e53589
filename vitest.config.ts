import { defineConfig } from "vitest/config";

// Unit and data tests: pure TypeScript, no browser, no site build. Browser and built-site suites have their own configs.
export default defineConfig({
  test: {
    include: ["tests/lib/**/*.test.ts", "tests/datasets/**/*.test.ts", "tests/contributing/**/*.test.ts", "tests/site/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
