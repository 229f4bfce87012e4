import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db";
import { migrate } from "./run";

/** A migrated database that exists only for this run: on DATABASE_URL's server, or an embedded one. */
export async function throwawayDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "")}`;
  const configured = process.env.DATABASE_URL;
  let server: string;
  let stop = async () => {};
  if (configured) {
    const url = new URL(configured);
    server = `${url.protocol}//${url.username}:${url.password}@${url.host}`;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), `support-packs-${prefix}-`));
    chmodSync(dir, 0o755); // the postgres user (created when running as root) must reach it
    const db = await startEmbeddedDb(path.join(dir, "pg"));
    server = db.baseUrl;
    stop = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: `${server}/postgres` });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = `${server}/${name}`;
  await migrate(url, { quiet: true });
  return {
    url,
    drop: async () => {
      if (configured) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await stop();
    },
  };
}
