import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedDb, type RunningDb } from "./embedded-db";
import { migrate } from "./run";

const REAPER = fileURLToPath(new URL("./reaper.ts", import.meta.url));

/**
 * Starts the reaper (reaper.ts): a detached process that stops the PostgreSQL of `dataDir` and
 * removes `folder` when this process ends, even by SIGKILL, when nothing here can clean up.
 */
function reapWhenThisProcessEnds(dataDir: string, folder: string): void {
  const reaper = spawn(process.execPath, [REAPER, dataDir, folder], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  reaper.unref();
  (reaper.stdin as Socket).unref();
}

/**
 * An embedded PostgreSQL in a new temporary folder. Stopping it removes the folder; so does this
 * process's end, however it ends (docs/decisions/094-preview-leaves-nothing-behind.md).
 */
export async function throwawayServer(prefix: string): Promise<RunningDb & { dataDir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), `support-packs-${prefix}-`));
  chmodSync(dir, 0o755); // the postgres user (created when running as root) must reach it
  const dataDir = path.join(dir, "pg");
  reapWhenThisProcessEnds(dataDir, dir);
  const db = await startEmbeddedDb(dataDir);
  return {
    baseUrl: db.baseUrl,
    dataDir,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
    const db = await throwawayServer(prefix);
    server = db.baseUrl;
    stop = db.stop;
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
