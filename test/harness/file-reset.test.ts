// Every db test file trusts setup.ts to hand it a database equal to the migrated template. The
// worker empties its database in place when the last file only wrote rows (file-reset.ts); these
// show what it puts back, and that anything else gets a fresh copy.
import pg from "pg";
import { afterAll, expect, inject, test } from "vitest";
import { freshDatabase, type WorkerDatabase } from "../support/file-reset";

const target = {
  server: inject("dbServer"),
  template: inject("dbTemplate"),
  name: `${inject("dbPrefix")}_reset_check_${process.env.VITEST_POOL_ID ?? "0"}`,
  strategy: inject("dbCloneStrategy"),
};
let kept: WorkerDatabase | undefined;
afterAll(() => kept?.client.end());

const rows = async (db: WorkerDatabase, table: string) =>
  Number((await db.client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
const nextInvoiceNumber = async (db: WorkerDatabase) =>
  (await db.client.query<{ n: string }>(`SELECT nextval('"Invoice_number_seq"') AS n`)).rows[0]!.n;

async function writeRows(db: WorkerDatabase) {
  await db.client.query(
    `INSERT INTO "Shop" (id, domain, timezone, "installedAt", "updatedAt")
     VALUES (gen_random_uuid(), 'reset-check.myshopify.com', 'UTC', now(), now())`,
  );
  await db.client.query(`SELECT graphile_worker.add_job('reset-check', '{}')`);
}

test("rows, jobs and sequences a file wrote are gone, on the same connection", async () => {
  kept = await freshDatabase(undefined, target);
  const first = await nextInvoiceNumber(kept);
  await writeRows(kept);
  expect(await rows(kept, `"Shop"`)).toBe(1);

  const again = await freshDatabase(kept, target);
  expect(again, "emptied in place").toBe(kept);
  expect(await rows(again, `"Shop"`)).toBe(0);
  expect(await rows(again, "graphile_worker.jobs")).toBe(0);
  expect(await nextInvoiceNumber(again), "the sequence starts over").toBe(first);
  expect(await rows(again, `"_prisma_migrations"`), "the migrations' rows stay").toBeGreaterThan(0);
});

test("a connection the last file left open is ended, even one holding a lock", async () => {
  kept = await freshDatabase(kept, target);
  await writeRows(kept);
  const leftover = new pg.Client({ connectionString: `${target.server}/${target.name}` });
  leftover.on("error", () => {});
  await leftover.connect();
  await leftover.query(`BEGIN; LOCK TABLE "Shop" IN ACCESS EXCLUSIVE MODE`);

  const again = await freshDatabase(kept, target);
  expect(again).toBe(kept);
  expect(await rows(again, `"Shop"`)).toBe(0);
  await expect(leftover.query("SELECT 1")).rejects.toThrow();
  await leftover.end().catch(() => {});
});

test.each([
  ["a new table", `CREATE TABLE "Extra" (id int)`],
  [
    "a new trigger",
    `CREATE TRIGGER extra BEFORE UPDATE ON "Shop" FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()`,
  ],
  ["a dropped column default", `ALTER TABLE "Shop" ALTER COLUMN "timezone" DROP DEFAULT`],
  ["a new function", `CREATE FUNCTION extra() RETURNS int LANGUAGE sql AS 'SELECT 1'`],
  ["a database setting", `ALTER DATABASE "${target.name}" SET statement_timeout = 1`],
])("%s gets a fresh copy", async (_, change) => {
  kept = await freshDatabase(kept, target);
  await kept.client.query(change);

  const again = await freshDatabase(kept, target);
  expect(again, "copied afresh").not.toBe(kept);
  expect(again.signature, "the template's schema").toBe(kept.signature);
  kept = again;
  const extra = await again.client.query(`SELECT to_regclass('"Extra"') AS t, to_regproc('extra') AS f`);
  expect(extra.rows[0]).toEqual({ t: null, f: null });
});

test("a connection ended by the last file gets a fresh copy", async () => {
  kept = await freshDatabase(kept, target);
  const pid = (await kept.client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
  const other = new pg.Client({ connectionString: `${target.server}/${target.name}` });
  await other.connect();
  await other.query("SELECT pg_terminate_backend($1)", [pid]);
  await other.end();

  const again = await freshDatabase(kept, target);
  expect(again).not.toBe(kept);
  kept = again;
  expect(await rows(again, `"Shop"`)).toBe(0);
});
