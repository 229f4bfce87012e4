import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests that need no PostgreSQL: the pure ledger, pure helpers, the HTTP server in front of Remix
// (docs/decisions/057).
const UNIT = [
  "test/ledger/**/*.test.ts",
  "test/lib/**/*.test.{ts,tsx}",
  "test/server/**/*.test.ts",
  "test/clock.test.ts",
  "test/env.test.ts",
  "test/scripts/audit.test.ts",
  "test/scripts/preview.test.ts",
  "test/schema/sql-joins.test.ts",
];

export default defineConfig({
  // tsconfig.json's "~/*" path, without a plugin to read it.
  resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL("./app/", import.meta.url)) }] },
  test: {
    pool: "forks",
    // A worker runs file after file; test/support/setup.ts starts each file afresh.
    isolate: false,
    // Files wait for PostgreSQL, which runs beside them: one more file than cores keeps the cores
    // busy (vitest's default is cores - 1; on 2 cores 3 workers ran ~10% faster than 2).
    maxWorkers: availableParallelism() + 1,
    testTimeout: 20_000,
    // The Shopify library logs every request it authenticates at INFO: hundreds of lines a file.
    onConsoleLog: (log) => !log.startsWith("[shopify-app/INFO]") && !log.startsWith("[shopify-api/INFO]"),
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      // The values of @shopify/shopify-api/test-helpers, so its requests and tokens verify.
      SHOPIFY_API_KEY: "testApiKey",
      SHOPIFY_API_SECRET: "testApiSecretKey",
      SHOPIFY_APP_URL: "https://my-test-app.myshopify.io",
      SCOPES: "",
      BILLING_TEST: "true",
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: UNIT,
          setupFiles: ["test/support/console.ts"],
          // Nothing listens on port 1: a unit test that reaches for the database fails at once.
          env: { DATABASE_URL: "postgresql://unit-tests-use-no-database@127.0.0.1:1/none" },
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: [...UNIT, "test/e2e/**", "node_modules/**"],
          globalSetup: ["test/support/global-setup.ts"],
          setupFiles: ["test/support/setup.ts", "test/support/console.ts"],
        },
      },
    ],
  },
});
