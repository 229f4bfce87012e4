import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const SCHEMA = path.join("prisma", "schema.prisma");
/** The schema as of the newest migration: migrations are the diff from it to SCHEMA. */
export const SNAPSHOT = path.join("prisma", "migrations", "schema.snapshot.prisma");

/** SQL that takes a database from the snapshot schema (or nothing) to the current schema. */
export function diffSinceSnapshot(databaseUrl: string): string {
  const from = existsSync(SNAPSHOT) ? ["--from-schema-datamodel", SNAPSHOT] : ["--from-empty"];
  // With a driver adapter configured the CLI connects even to diff two schema files.
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  return execFileSync("prisma", ["migrate", "diff", ...from, "--to-schema-datamodel", SCHEMA, "--script"], {
    encoding: "utf8",
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** True when a diff script holds no statement (Prisma prints a comment for an empty diff). */
export function isEmptyDiff(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
