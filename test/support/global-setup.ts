// One PostgreSQL for the whole run: DATABASE_URL's server when set (CI also runs against
// Debian's PostgreSQL 15), otherwise a throwaway embedded PostgreSQL 18. The migrated template
// database is built once; every test file gets its own copy (see setup.ts).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb, type RunningDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/run";
import { serverOf, withAdmin } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    dbServer: string;
    dbTemplate: string;
    dbPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  let server: RunningDb | null = null;
  let dataDir: string | null = null;
  let baseUrl: string;
  if (process.env.DATABASE_URL) {
    baseUrl = serverOf(process.env.DATABASE_URL);
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), "support-packs-test-"));
    chmodSync(dataDir, 0o755); // the postgres user (created when running as root) must reach it
    server = await startEmbeddedDb(path.join(dataDir, "pg"));
    baseUrl = server.baseUrl;
  }
  const prefix = `t${process.pid}`;
  const template = `${prefix}_template`;
  await withAdmin(baseUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  await migrate(`${baseUrl}/${template}`, { quiet: true });

  project.provide("dbServer", baseUrl);
  project.provide("dbTemplate", template);
  project.provide("dbPrefix", prefix);

  return async () => {
    await withAdmin(baseUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${prefix}\\_%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
