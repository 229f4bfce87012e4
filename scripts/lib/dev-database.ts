import pg from "pg";
import { DEV_DATA_DIR, DEV_DATABASE, startEmbeddedDb } from "./embedded-db";

/** The database a script works on, and how to release it when the script ends. */
export interface Database {
  url: string;
  /** True when this process started the project-local server (so it also stops it). */
  embedded: boolean;
  release: () => Promise<void>;
}

/**
 * Uses DATABASE_URL when it is set; otherwise starts (or joins) the project-local embedded
 * PostgreSQL under .data/ and makes sure the development database exists in it.
 */
export async function openDatabase(): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, release: async () => {} };
  const server = await startEmbeddedDb(DEV_DATA_DIR);
  await createDatabaseIfMissing(server.baseUrl, DEV_DATABASE);
  return { url: `${server.baseUrl}/${DEV_DATABASE}`, embedded: true, release: server.stop };
}

/** Creates `name` on the server at `baseUrl` unless it exists. */
export async function createDatabaseIfMissing(baseUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Stops the database when the process is interrupted, then exits with the usual code. */
export function releaseOnSignals(database: Database, onSignal?: (signal: NodeJS.Signals) => void) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      onSignal?.(signal);
      void database.release().finally(() => process.exit(128 + (signal === "SIGINT" ? 2 : 15)));
    });
  }
}
