// One Prisma client per test worker, over a pool that each test file opens afresh (file-reset.ts
// makes its database equal to the template first).
// A new Prisma client spends ~90 ms of CPU before its first query (its query compiler reads the
// schema) and compiles every query shape again: seventy-odd files a run paid that each. The
// client's plans do not depend on which copy of the template it runs on.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { closeDatabase, openPool, type Database } from "~/db.server";
import { parseDatabaseEnv } from "~/env-database.server";

interface FileDatabase extends Database {
  /** The pool of the current file's database, which `pool` hands every call to. */
  current: pg.Pool | null;
}

declare global {
  // This worker's client and its pool, kept across files (isolate: false).
  var fileDatabase: FileDatabase | undefined;
}

function sharedDatabase(): FileDatabase {
  // Never connects itself: connect, query and end go to the current file's pool.
  const pool = new pg.Pool();
  const shared: FileDatabase = {
    pool,
    prisma: new PrismaClient({ adapter: new PrismaPg(pool) }),
    current: null,
  };
  const current = () => {
    if (!shared.current) throw new Error("The test file's database is closed.");
    return shared.current;
  };
  pool.connect = ((...args: Parameters<pg.Pool["connect"]>) =>
    current().connect(...args)) as pg.Pool["connect"];
  pool.query = ((...args: Parameters<pg.Pool["query"]>) =>
    (current().query as (...a: unknown[]) => unknown)(...args)) as pg.Pool["query"];
  // The file's pool makes the connections and has openPool's error handlers; graphile-worker,
  // given this pool, checks for them here (and warns on every runner without them).
  pool.on("error", () => {});
  pool.on("connect", () => {});
  pool.end = (async () => {
    const open = shared.current;
    shared.current = null;
    await open?.end();
  }) as pg.Pool["end"];
  return shared;
}

/** Closes the previous file's connections (its database is about to be emptied or copied afresh). */
export async function closeFileDatabase(): Promise<void> {
  if (globalThis.databaseGlobal !== globalThis.fileDatabase) await closeDatabase();
  await globalThis.fileDatabase?.pool.end();
}

/**
 * Makes the app's database (`database()`, hence `prisma` and the ledger's SQL) the one at
 * DATABASE_URL, on this worker's client. A test that closed the app's database, or left another
 * in its place, leaves the next file a new client.
 */
export function openFileDatabase(): void {
  if (!globalThis.fileDatabase || globalThis.databaseGlobal !== globalThis.fileDatabase) {
    globalThis.fileDatabase = sharedDatabase();
  }
  const current = openPool(parseDatabaseEnv(process.env));
  globalThis.fileDatabase.current = current;
  // What the app reads of its pool (its limits) is the file's pool's.
  globalThis.fileDatabase.pool.options = current.options;
  globalThis.databaseGlobal = globalThis.fileDatabase;
}
