// Runs before each test file of the `db` project, in its worker. A worker runs many files one
// after another (isolate: false, docs/decisions/057), so each file starts from scratch here: the
// app's modules are loaded afresh (as in a new process; the libraries under node_modules stay
// loaded, which is the time saved), and the file gets a database equal to the migrated template
// (file-reset.ts), reached through the worker's one Prisma client (file-database.ts).
import { inject, vi } from "vitest";
import { closeFileDatabase, openFileDatabase } from "./file-database";
import { freshDatabase, type WorkerDatabase } from "./file-reset";

declare global {
  // The worker's database, kept across files (this module is loaded afresh for each).
  var workerDatabase: WorkerDatabase | undefined;
}

vi.resetModules();
await closeFileDatabase();
const server = inject("dbServer");
const name = `${inject("dbPrefix")}_w${process.env.VITEST_POOL_ID ?? "0"}`;
globalThis.workerDatabase = await freshDatabase(globalThis.workerDatabase, {
  server,
  template: inject("dbTemplate"),
  name,
  strategy: inject("dbCloneStrategy"),
});
process.env.DATABASE_URL = `${server}/${name}`;
openFileDatabase();

// The Shopify library (its web-api adapter) captures fetch when it loads; load it now, then route it
// through the global fetch so that msw (test/support/msw.ts) sees the Admin API calls.
await import("@shopify/shopify-app-remix/server");
const { setAbstractFetchFunc } = await import("@shopify/shopify-api/runtime");
setAbstractFetchFunc((...args) => globalThis.fetch(...args));
