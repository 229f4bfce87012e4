import { defineConfig } from "vitest/config";

// Browser tests against `npm run preview` (test/e2e/support/global-setup.ts starts it). One
// file at a time: the files share one preview, and one of them moves its clock.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/support/global-setup.ts"],
    fileParallelism: false,
    pool: "forks",
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
