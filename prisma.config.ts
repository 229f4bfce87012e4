import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// PostgreSQL catalog types that adapter-pg 6.19 cannot deserialize (name, char, aclitem[],
// regnamespace). Migrate reads them from pg_catalog; we hand them over as text.
const CATALOG_TYPES = new Set([18, 19, 1033, 2205]);
const TEXT = 25;

type Fields = { dataTypeID: number }[];
function asText<T>(result: T): T {
  const fields = (result as { fields?: Fields } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
  }
  return result;
}

/** A pg client whose results describe catalog-typed columns as text (migrations only). */
class CatalogTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads are untyped here
  override query(...args: any[]): any {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    if (callback) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args, (error: unknown, result: unknown) =>
        callback(error, error ? result : asText(result)),
      );
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const pending = (super.query as any)(...args);
    return typeof pending?.then === "function" ? pending.then(asText) : pending;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Run this through npm run db:migrate.");
    }
    const pool = new pg.Pool({ connectionString, Client: CatalogTextClient });
    const factory = new PrismaPg(pool);
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      // adapter-pg runs a migration by splitting it on every ";", which breaks function bodies.
      // PostgreSQL takes the whole script as one simple query (and runs it atomically).
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };
      return adapter;
    };
    return factory;
  },
});
