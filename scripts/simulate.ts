// npm run simulate -- FILE: runs a policy scenario through the real services on a fresh,
// throwaway database and prints the resulting JSON document (POLICY.md, simulator contract).
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/run";
import { parseScenario, type Scenario } from "./simulator/input";

function readScenario(file: string | undefined): Scenario {
  if (!file) throw new Error("usage: npm run simulate -- FILE");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`Cannot read ${file}: give the path of a scenario JSON file.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseScenario(json);
}

/** A database that exists only for this run: on DATABASE_URL's server, or an embedded one. */
async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `simulate_${randomUUID().replace(/-/g, "")}`;
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const server = new URL(configured);
    const admin = new pg.Client({ connectionString: configured });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    server.pathname = `/${name}`;
    return {
      url: server.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: configured });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "support-packs-simulate-"));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDb(path.join(dir, "pg"));
  const admin = new pg.Client({ connectionString: `${db.baseUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: `${db.baseUrl}/${name}`,
    drop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const scenario = readScenario(process.argv[2]);
  const database = await throwawayDatabase();
  try {
    await migrate(database.url, { quiet: true });
    process.env.DATABASE_URL = database.url;
    const { simulate } = await import("./simulator/run");
    const result = await simulate(scenario);
    const { default: prisma } = await import("../app/db.server");
    await prisma.$disconnect();
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
