// Databases that misbehave, for the tests of database faults (docs/decisions/056).
import net from "node:net";
import { openDatabase, type Database } from "~/db.server";
import { parseDatabaseEnv } from "~/env-database.server";

/** A TCP server that accepts connections and never says a word: a database that does not answer. */
export async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://app:secret@127.0.0.1:${port}/support_packs`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A pool (and Prisma client) on `url` with the given settings; the rest are the defaults. */
export function databaseAt(url: string, settings: Record<string, string> = {}): Database {
  return openDatabase(parseDatabaseEnv({ DATABASE_URL: url, ...settings }));
}

/**
 * Runs `fn` while the app's own database (what `prisma`, `ledgerSql` and the routes use) is `db`,
 * then closes `db` and puts the test file's database back.
 */
export async function whileDatabaseIs<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  const own = globalThis.databaseGlobal;
  globalThis.databaseGlobal = db;
  try {
    return await fn();
  } finally {
    globalThis.databaseGlobal = own;
    await db.prisma.$disconnect();
    await db.pool.end();
  }
}

/** How long `promise` took to settle, in milliseconds, and how it settled. */
export async function timed<T>(promise: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await promise;
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}
