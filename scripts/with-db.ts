// Runs a command with DATABASE_URL pointing at a database: the configured one, or the
// project-local embedded PostgreSQL (started, migrated, and stopped again when the command ends).
// Usage: tsx scripts/with-db.ts [--migrate] -- COMMAND [ARGS...]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { openDatabase, releaseOnSignals } from "./lib/dev-database";
import { migrate } from "./lib/run";

const separator = process.argv.indexOf("--");
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: tsx scripts/with-db.ts [--migrate] -- COMMAND [ARGS...]");
  process.exit(2);
}

// A local .env (see .env.example) fills in what the shell did not set.
if (existsSync(".env")) process.loadEnvFile(".env");
const database = await openDatabase();
// The embedded development database is migrated on every start; a configured one is
// migrated by an explicit `npm run db:migrate` in the deployment.
if (database.embedded || process.argv.includes("--migrate")) await migrate(database.url);

const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } });
releaseOnSignals(database, (signal) => child.kill(signal));
child.on("exit", (code, signal) => {
  void database.release().finally(() => process.exit(code ?? (signal ? 1 : 0)));
});
