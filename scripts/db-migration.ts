// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the change to schema.prisma
// since the last migration, and moves the snapshot forward. Usage: npm run db:migration -- NAME
import { openDatabase } from "./lib/dev-database";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SCHEMA, SNAPSHOT, diffSinceSnapshot, isEmptyDiff } from "./lib/schema-diff";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- NAME  (NAME: lower case letters, digits and _)");
  process.exit(2);
}
const database = await openDatabase();
const sql = await Promise.resolve()
  .then(() => diffSinceSnapshot(database.url))
  .finally(() => database.release());
if (isEmptyDiff(sql)) {
  console.log("schema.prisma has not changed since the last migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(SCHEMA, SNAPSHOT);
console.log(`Wrote ${dir}/migration.sql. Review it, then commit it with the schema.`);
