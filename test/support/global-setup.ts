// One PostgreSQL for the whole run: DATABASE_URL's server when set (CI also runs against
// Debian's PostgreSQL 15), otherwise a throwaway embedded PostgreSQL 18 copied from a cached,
// already migrated cluster (cluster-cache.ts). Every test file gets its own copy of the migrated
// template database (see setup.ts).
import type { TestProject } from "vitest/node";
import type { RunningDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/run";
import { CACHED_TEMPLATE, startCachedCluster } from "./cluster-cache";
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
  const prefix = `t${process.pid}`;
  let template: string;
  if (process.env.DATABASE_URL) {
    baseUrl = serverOf(process.env.DATABASE_URL);
    template = `${prefix}_template`;
    await withAdmin(baseUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
    await migrate(`${baseUrl}/${template}`, { quiet: true });
  } else {
    server = await startCachedCluster();
    baseUrl = server.baseUrl;
    template = CACHED_TEMPLATE;
  }

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
