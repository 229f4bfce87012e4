// One PostgreSQL for the whole run: DATABASE_URL's server when set (CI also runs against
// Debian's PostgreSQL 15), otherwise a throwaway embedded PostgreSQL 18 copied from a cached,
// already migrated cluster (cluster-cache.ts). Every test file gets its own copy of the migrated
// template database (see setup.ts), the one the simulator clones too (scripts/lib/template-db.ts):
// built once per set of migrations on that server.
import type { TestProject } from "vitest/node";
import type { RunningDb } from "../../scripts/lib/embedded-db";
import { migratedTemplate } from "../../scripts/lib/template-db";
import { startCachedCluster } from "./cluster-cache";
import { cloneStrategy, serverOf, withAdmin, type CloneStrategy } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    dbServer: string;
    dbTemplate: string;
    dbPrefix: string;
    dbCloneStrategy: CloneStrategy;
  }
}

export default async function setup(project: TestProject) {
  let server: RunningDb | null = null;
  let baseUrl: string;
  if (process.env.DATABASE_URL) {
    baseUrl = serverOf(process.env.DATABASE_URL);
  } else {
    server = await startCachedCluster();
    baseUrl = server.baseUrl;
  }
  const prefix = `t${process.pid}`;
  const template = await withAdmin(baseUrl, (client) => migratedTemplate(client, baseUrl));

  project.provide("dbServer", baseUrl);
  project.provide("dbTemplate", template);
  project.provide("dbPrefix", prefix);
  project.provide("dbCloneStrategy", await cloneStrategy(baseUrl));

  return async () => {
    await withAdmin(baseUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${prefix}\\_%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await server?.stop();
  };
}
