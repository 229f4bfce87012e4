// npm run simulate -- FILE: runs a policy scenario through the real services on a fresh database
// (a clone of the migrated template on the development server, dropped afterwards) and prints
// the resulting JSON document (POLICY.md, simulator contract).
import { readFileSync } from "node:fs";
import { clonedDatabase } from "./lib/template-db";
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

async function main() {
  const scenario = readScenario(process.argv[2]);
  const database = await clonedDatabase("simulate");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(
      signal,
      () => void database.drop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)),
    );
  }
  try {
    process.env.DATABASE_URL = database.url;
    // The services load while PostgreSQL copies the template; nothing queries before it is ready.
    const [{ simulate }] = await Promise.all([import("./simulator/run"), database.ready]);
    const result = await simulate(scenario);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    const { closeDatabase } = await import("../app/db.server");
    await closeDatabase();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
