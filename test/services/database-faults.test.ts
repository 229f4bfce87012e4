import pg from "pg";
import { describe, expect, test } from "vitest";
import prisma, { database } from "~/db.server";
import { isConnectionLost, isDatabaseUnavailable } from "~/services/database-faults.server";
import { inLedgerTransaction, ledgerSql } from "~/lib/sql.server";
import { databaseAt, silentServer, timed, whileDatabaseIs } from "../support/databases";
import { createShop } from "../support/factories";

const testDatabaseUrl = () => process.env.DATABASE_URL as string;

describe("the process's one pool", () => {
  test("Prisma and the ledger's SQL share it, sized by DATABASE_POOL_MAX", async () => {
    const db = databaseAt(testDatabaseUrl(), { DATABASE_POOL_MAX: "1" });
    await whileDatabaseIs(db, async () => {
      const [shops, [row], inTransaction] = await Promise.all([
        prisma.shop.count(),
        ledgerSql().query<{ one: number }>("SELECT 1 AS one"),
        inLedgerTransaction(["a-shop"], (sql) => sql.query<{ two: number }>("SELECT 2 AS two")),
        prisma.$transaction((tx) => tx.shop.count()),
      ]);
      expect(shops).toBe(0);
      expect(row).toEqual({ one: 1 });
      expect(inTransaction).toEqual([{ two: 2 }]);
      // Four users at once, one connection: they took turns on the same pool.
      expect(db.pool.totalCount).toBe(1);
    });
  });

  test("every connection carries the statement and idle-in-transaction timeouts", async () => {
    const settings =
      "SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle";
    expect(await ledgerSql().query(settings)).toEqual([{ statement: "15s", idle: "30s" }]);
    expect(await prisma.$queryRawUnsafe(settings)).toEqual([{ statement: "15s", idle: "30s" }]);
    const db = databaseAt(testDatabaseUrl(), {
      DATABASE_STATEMENT_TIMEOUT: "2500ms",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: "1m",
    });
    await whileDatabaseIs(db, async () => {
      expect(await prisma.$queryRawUnsafe(settings)).toEqual([{ statement: "2500ms", idle: "1min" }]);
    });
    expect(database().pool.options.max).toBe(10);
  });
});

describe("a database that does not answer", () => {
  test("every way of querying gives up after the connect timeout, as the database being unavailable", async () => {
    const silent = await silentServer();
    try {
      await whileDatabaseIs(databaseAt(silent.url, { DATABASE_CONNECT_TIMEOUT: "500ms" }), async () => {
        const attempts: (() => Promise<unknown>)[] = [
          () => prisma.shop.findFirst(),
          () => prisma.$transaction((tx) => tx.shop.count()),
          () => ledgerSql().query("SELECT 1"),
          () => inLedgerTransaction(["a-shop"], (sql) => sql.query("SELECT 1")),
        ];
        for (const attempt of attempts) {
          const { ms, error } = await timed(attempt());
          expect(isDatabaseUnavailable(error)).toBe(true);
          expect(isConnectionLost(error)).toBe(true);
          expect(ms).toBeGreaterThanOrEqual(400);
          expect(ms).toBeLessThan(3000);
        }
      });
    } finally {
      await silent.close();
    }
  });

  test("a statement held up by a lock is cancelled at the statement timeout", async () => {
    await createShop();
    const locker = new pg.Client({ connectionString: testDatabaseUrl() });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query('LOCK TABLE "Shop" IN ACCESS EXCLUSIVE MODE');
      const db = databaseAt(testDatabaseUrl(), { DATABASE_STATEMENT_TIMEOUT: "300ms" });
      await whileDatabaseIs(db, async () => {
        const attempts: (() => Promise<unknown>)[] = [
          () => prisma.shop.count(),
          () => ledgerSql().query('SELECT count(*) FROM "Shop"'),
        ];
        for (const attempt of attempts) {
          const { ms, error } = await timed(attempt());
          expect(isDatabaseUnavailable(error)).toBe(true);
          // The server answered: it cancelled the statement.
          expect(isConnectionLost(error)).toBe(false);
          expect(ms).toBeGreaterThanOrEqual(250);
          expect(ms).toBeLessThan(3000);
        }
      });
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    expect(await prisma.shop.count()).toBe(1);
  });

  test("a transaction left idle is ended by the server, and the process carries on", async () => {
    const db = databaseAt(testDatabaseUrl(), { DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: "200ms" });
    await whileDatabaseIs(db, async () => {
      const { error } = await timed(
        inLedgerTransaction(["a-shop"], async (sql) => {
          await new Promise((resolve) => setTimeout(resolve, 800));
          return sql.query("SELECT 1");
        }),
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      // The ended connection left the pool; the next transaction gets a new one.
      expect(await inLedgerTransaction(["a-shop"], (sql) => sql.query("SELECT 1 AS one"))).toEqual([
        { one: 1 },
      ]);
    });
  });
});

describe("what is not the database being unavailable", () => {
  test("a refused write, a bad statement, a thrown response and a plain error are faults of their own", async () => {
    const shop = await createShop();
    const duplicate = await timed(prisma.shop.create({ data: { domain: shop.domain, timezone: "UTC" } }));
    const badSql = await timed(ledgerSql().query("SELECT * FROM no_such_table"));
    const badSqlInPrisma = await timed(prisma.$queryRawUnsafe("SELECT * FROM no_such_table"));
    for (const error of [
      duplicate.error,
      badSql.error,
      badSqlInPrisma.error,
      new Response(null, { status: 404 }),
      new Error("Something else went wrong"),
      null,
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(isConnectionLost(error)).toBe(false);
    }
    expect(duplicate.error).toBeDefined();
    expect(badSql.error).toBeDefined();
    expect(badSqlInPrisma.error).toBeDefined();
  });
});
