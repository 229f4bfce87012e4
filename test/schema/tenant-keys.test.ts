// Every tenant table can be distributed by shop on Citus (docs/decisions/130): its primary key and
// unique keys include shopId, and every foreign key into a tenant table maps shopId to shopId.
// Read from the catalog of the migrated test database, so it checks what the migrations built.
import { afterAll, describe, expect, test } from "vitest";
import { database } from "~/db.server";
import { tenantKeyProblems, tenantTables } from "./tenant-keys";

/**
 * Tables with a shopId column that are not distributed by it, each with its reason. None: every
 * table with a shopId column is a tenant table (ADR 130 lists them). graphile-worker's tables are
 * in their own schema ("graphile_worker", not checked): they stay on the coordinator and have no shopId.
 */
const EXCEPTIONS: Record<string, string> = {};

/** ADR 130's distributed tables: a new table with a shopId column is added there and here. */
const DISTRIBUTED = [
  "AppPurchase",
  "BannerDismissal",
  "ConnectionRequest",
  "DeveloperNotification",
  "InvoiceLine",
  "LedgerEntry",
  "Pack",
  "Quote",
  "Reminder",
  "Settlement",
  "ShopDeveloper",
  "TimeEntry",
  "WebhookEvent",
];

describe("tenant keys in the migrated schema", () => {
  test("the tenant tables are the ones ADR 130 distributes by shopId", async () => {
    expect(await tenantTables(database().pool, "public", EXCEPTIONS)).toEqual(DISTRIBUTED);
  });

  test("no tenant table's primary key, unique key or foreign key leaves out shopId", async () => {
    expect(await tenantKeyProblems(database().pool, "public", EXCEPTIONS)).toEqual([]);
  });
});

describe("the checker", () => {
  const scratch = "tenant_keys_scratch";
  afterAll(() => database().pool.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`));

  test("names each table and key that leaves out shopId, and passes the ones that keep it", async () => {
    const pool = database().pool;
    await pool.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
    // One query string, one connection: the tables are made in the scratch schema only.
    await pool.query(`
        BEGIN;
        CREATE SCHEMA ${scratch};
        SET LOCAL search_path TO ${scratch};
        CREATE TABLE "Good" ("shopId" uuid, id uuid, code text, PRIMARY KEY ("shopId", id), UNIQUE ("shopId", code));
        CREATE TABLE "BadPrimary" ("shopId" uuid, id uuid PRIMARY KEY);
        CREATE TABLE "BadUnique" ("shopId" uuid, id uuid, code text UNIQUE, PRIMARY KEY ("shopId", id));
        CREATE UNIQUE INDEX "BadUnique_open_key" ON "BadUnique" (id) WHERE code IS NULL;
        CREATE TABLE "GoodChild" ("shopId" uuid, id uuid, "goodId" uuid, PRIMARY KEY ("shopId", id),
          FOREIGN KEY ("shopId", "goodId") REFERENCES "Good" ("shopId", id));
        CREATE TABLE "BadChild" ("shopId" uuid, id uuid, "primaryId" uuid, "goodId" uuid,
          PRIMARY KEY ("shopId", id),
          CONSTRAINT "BadChild_primary_fkey" FOREIGN KEY ("primaryId") REFERENCES "BadPrimary" (id),
          CONSTRAINT "BadChild_crossed_fkey" FOREIGN KEY ("shopId", "goodId") REFERENCES "Good" (id, "shopId"));
        CREATE TABLE "Global" (id uuid PRIMARY KEY, "goodShop" uuid, "goodId" uuid,
          CONSTRAINT "Global_good_fkey" FOREIGN KEY ("goodShop", "goodId") REFERENCES "Good" ("shopId", id));
        CREATE TABLE "Excused" ("shopId" uuid, id uuid PRIMARY KEY);
        COMMIT;
    `);
    const excused = { Excused: "a table the ADR names as not distributed" };
    expect(await tenantTables(pool, scratch, excused)).toEqual([
      "BadChild",
      "BadPrimary",
      "BadUnique",
      "Good",
      "GoodChild",
    ]);
    expect(await tenantKeyProblems(pool, scratch, excused)).toEqual([
      `"BadPrimary": primary key "BadPrimary_pkey" (id) leaves out shopId`,
      `"BadUnique": unique key "BadUnique_code_key" (code) leaves out shopId`,
      `"BadUnique": unique key "BadUnique_open_key" (id) leaves out shopId`,
      `"BadChild": foreign key "BadChild_crossed_fkey" to tenant table "Good" (shopId -> id, goodId -> shopId) leaves out shopId`,
      `"BadChild": foreign key "BadChild_primary_fkey" to tenant table "BadPrimary" (primaryId -> id) leaves out shopId`,
      `"Global": foreign key "Global_good_fkey" to tenant table "Good" (goodShop -> shopId, goodId -> id) leaves out shopId`,
    ]);
    // Without the exception its primary key is reported too.
    expect(await tenantKeyProblems(pool, scratch)).toContain(
      `"Excused": primary key "Excused_pkey" (id) leaves out shopId`,
    );
  });
});
