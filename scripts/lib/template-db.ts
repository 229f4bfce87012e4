// Fresh databases in milliseconds: a template database migrated once per set of migrations,
// cloned with CREATE DATABASE ... TEMPLATE for each run (a file copy, no initdb, no migrations).
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DEV_DATA_DIR, startEmbeddedDb } from "./embedded-db";
import { migrate } from "./run";

const MIGRATIONS = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const TEMPLATE_PREFIX = "support_packs_template_";
const TEMPLATE_NAME = new RegExp(`^${TEMPLATE_PREFIX}[0-9a-f]{16}$`);

/** A short hash of every migration's name and SQL: a template built from other migrations is stale. */
export function migrationsHash(dir = MIGRATIONS): string {
  const hash = createHash("sha256");
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(`${dir}/${name}/migration.sql`));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

async function withAdmin<T>(server: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function exists(client: pg.Client, name: string): Promise<boolean> {
  return ((await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount ?? 0) > 0;
}

/**
 * The migrated template database for the current migrations on the server `client` is connected
 * to (`server`: postgresql://user:pw@host:port), built on first use. Concurrent callers wait for
 * one build (an advisory lock); a half-built template is never used (it is built under another
 * name and renamed once migrated); templates of older migrations are dropped.
 */
export async function migratedTemplate(client: pg.Client, server: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${migrationsHash()}`;
  if (await exists(client, name)) return name;
  await client.query("SELECT pg_advisory_lock(hashtext($1))", [TEMPLATE_PREFIX]);
  try {
    if (await exists(client, name)) return name;
    const building = `${name}_building`;
    await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${building}"`);
    await migrate(`${server}/${building}`, { quiet: true });
    await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    // Nobody connects to a template: a connection would make CREATE DATABASE ... TEMPLATE fail.
    await client.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2",
      [TEMPLATE_PREFIX, name],
    );
    for (const { datname } of rows.filter((row) => TEMPLATE_NAME.test(row.datname))) {
      await client.query(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    return name;
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [TEMPLATE_PREFIX]);
  }
}

/** A database of its own for one run: usable once `ready` resolves; `drop` lets go of it. */
export interface ClonedDatabase {
  url: string;
  /** Resolves once the clone exists (the template is built first when the migrations changed). */
  ready: Promise<void>;
  /** Drops the clone and stops the server if this run started it. */
  drop: () => Promise<void>;
}

/**
 * A fresh migrated database cloned from the template on the development server: DATABASE_URL's
 * server when set, otherwise the project-local embedded PostgreSQL under .data/ (joined when it is
 * already running, e.g. under `npm run db:start`; started for this run and stopped afterwards when
 * it is not). Its URL is known at once, so a caller can load its code while the clone is made.
 */
export async function clonedDatabase(prefix: string): Promise<ClonedDatabase> {
  const configured = process.env.DATABASE_URL;
  let server: string;
  let stop = async () => {};
  if (configured) {
    const url = new URL(configured);
    server = `${url.protocol}//${url.username}:${url.password}@${url.host}`;
  } else {
    const db = await startEmbeddedDb(DEV_DATA_DIR);
    server = db.baseUrl;
    stop = db.stop;
  }
  const name = `${prefix}_${randomUUID().replace(/-/g, "")}`;
  const ready = withAdmin(server, async (client) => {
    const template = await migratedTemplate(client, server);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  // The caller awaits `ready`; this only keeps an early failure from being reported as unhandled.
  ready.catch(() => {});
  return {
    url: `${server}/${name}`,
    ready,
    drop: async () => {
      try {
        await ready.catch(() => {});
        await withAdmin(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      } finally {
        await stop();
      }
    },
  };
}
