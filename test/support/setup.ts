// Runs before each test file, in its worker: gives the file a fresh database copied from the
// migrated template, and makes console.error fail the test unless the test expects it.
import { afterEach, beforeEach, inject, vi, type MockInstance } from "vitest";
import { closeDatabase } from "~/db.server";
import { cloneDatabase } from "./test-database";

const server = inject("dbServer");
const name = `${inject("dbPrefix")}_w${process.env.VITEST_POOL_ID ?? "0"}`;
await closeDatabase();
await cloneDatabase(server, inject("dbTemplate"), name);
process.env.DATABASE_URL = `${server}/${name}`;

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  const original = console.error;
  consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    original(...args);
    throw new Error("console.error was called. Mock it in the test if the error is expected.");
  });
});
afterEach(() => {
  consoleError.mockRestore();
});

// The Shopify library (its web-api adapter) captures fetch when it loads; load it now, then route it
// through the global fetch so that msw (test/support/msw.ts) sees the Admin API calls.
await import("@shopify/shopify-app-remix/server");
const { setAbstractFetchFunc } = await import("@shopify/shopify-api/runtime");
setAbstractFetchFunc((...args) => globalThis.fetch(...args));
