// Development only: drops the development database, recreates it and applies every migration.
import pg from "pg";
import { createDatabaseIfMissing, openDatabase } from "./lib/dev-database";
import { migrate } from "./lib/run";

if (process.env.NODE_ENV === "production") {
  console.error("db:reset refuses to run with NODE_ENV=production.");
  process.exit(1);
}
const database = await openDatabase();
try {
  const url = new URL(database.url);
  const name = url.pathname.slice(1);
  const base = `${url.protocol}//${url.username}:${url.password}@${url.host}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await createDatabaseIfMissing(base, name);
  await migrate(database.url);
  console.log(`Reset ${name}.`);
} finally {
  await database.release();
}
