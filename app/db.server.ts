import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { parseDatabaseEnv, type DatabaseEnv } from "./env-database.server";

/**
 * The process's one connection pool and the Prisma client over it (docs/decisions/055). The
 * ledger's SQL (services/ledger/sql.server.ts) runs on the same pool.
 */
export interface Database {
  pool: pg.Pool;
  prisma: PrismaClient;
}

/** Opens a pool with the limits of `settings` (docs/decisions/056). */
export function openPool(settings: DatabaseEnv): pg.Pool {
  const statementTimeout = settings.DATABASE_STATEMENT_TIMEOUT;
  const pool = new pg.Pool({
    connectionString: settings.DATABASE_URL,
    max: settings.DATABASE_POOL_MAX,
    // Both a new connection and a wait for a free one give up after this.
    connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT,
    // Sent at connection start: the server cancels a statement, or ends a session left idle
    // inside a transaction, after these.
    statement_timeout: statementTimeout,
    idle_in_transaction_session_timeout: settings.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT,
    // A server that stops answering on an open connection cannot cancel anything itself: the
    // client gives up once the server's own limit and a connection's worth of time have passed.
    query_timeout: statementTimeout > 0 ? statementTimeout + settings.DATABASE_CONNECT_TIMEOUT : undefined,
  });
  // An idle connection dropped by the server must not take the process down; the next query reconnects.
  pool.on("error", () => {});
  // Nor may one dropped while checked out for long (the job worker's LISTEN connection): its
  // owner sees the failure on its next query and reconnects.
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

/** Opens a pool with the limits of `settings` and a Prisma client over it. */
export function openDatabase(settings: DatabaseEnv): Database {
  const pool = openPool(settings);
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

declare global {
  // One per process: shared across dev-server reloads (as in Shopify's template) and with the
  // preview's copy of this module inside the build.
  var databaseGlobal: Database | undefined;
}

/** This process's database, opened from the environment on first use. */
export function database(): Database {
  globalThis.databaseGlobal ??= openDatabase(parseDatabaseEnv(process.env));
  return globalThis.databaseGlobal;
}

/**
 * Closes this process's pool (scripts on exit and on SIGINT/SIGTERM; tests between files). Safe
 * to call twice; a later use opens a new pool.
 */
export async function closeDatabase(): Promise<void> {
  const open = globalThis.databaseGlobal;
  globalThis.databaseGlobal = undefined;
  if (!open) return;
  await open.prisma.$disconnect();
  await open.pool.end();
}

/**
 * The Prisma client of this process's database. Every use goes to the current client, so that
 * importing this module opens nothing and a closed database is reopened on next use (the tests
 * give each file a fresh database without reloading the app's modules).
 */
const prisma = new Proxy(Object.create(PrismaClient.prototype) as PrismaClient, {
  get(_target, key) {
    const client = database().prisma;
    const value: unknown = Reflect.get(client, key, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export default prisma;
