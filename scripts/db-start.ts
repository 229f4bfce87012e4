// Starts the project-local PostgreSQL in the foreground and prints its DATABASE_URL.
// Ctrl-C stops it cleanly. Other scripts started meanwhile share this server.
import { openDatabase, releaseOnSignals } from "./lib/dev-database";
import { migrate } from "./lib/run";

if (process.env.DATABASE_URL) {
  console.error("DATABASE_URL is set: that database is used and nothing needs starting.");
  process.exit(1);
}
const database = await openDatabase();
await migrate(database.url);
releaseOnSignals(database);
console.log(`PostgreSQL is running. DATABASE_URL=${database.url}\nPress Ctrl-C to stop it.`);
setInterval(() => {}, 1 << 30);
