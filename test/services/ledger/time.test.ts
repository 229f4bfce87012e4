import { describe, expect, test } from "vitest";
import { planApprove } from "~/ledger";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { loadPacks } from "~/services/ledger/packs.sql.server";
import { LedgerConflictError, persistPlan } from "~/services/ledger/persist.sql.server";
import { completeQuote } from "~/services/quotes/commands.server";
import { applyTime } from "~/services/ledger/time.server";
import { inLedgerTransaction, ledgerSql } from "~/lib/sql.server";
import { approvedQuote, buyPack, createShop, packRow } from "../../support/factories";

async function usedTwoOfTen(timezone = "UTC") {
  const shop = await createShop({ timezone });
  const june = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
  const quote = await approvedQuote(shop.id, 8, "2024-06-02T12:00:00Z");
  await completeQuote(shop.id, quote, { hours: 8 }, new Date("2024-06-20T12:00:00Z"));
  return { shop, june };
}

describe("applying time", () => {
  test("expiry and settlement are recorded at the instant they took effect, once", async () => {
    const { shop, june } = await usedTwoOfTen();
    const first = await applyTime(shop.id, new Date("2024-10-01T00:00:00Z"));
    expect(first).toMatchObject({ outcomes: 1, settlements: 1 });
    const expiry = await prisma.ledgerEntry.findFirstOrThrow({ where: { packId: june, kind: "expiry" } });
    // The window closed at 2024-09-04 00:00 (expiry Sep 1 + 3 days), whenever the sweep ran.
    expect(expiry).toMatchObject({ own: 120, at: new Date("2024-09-04T00:00:00Z") });
    expect((await packRow(june)).settlement).toMatchObject({ basis: "delivered", minutes: 480 });
    expect(await applyTime(shop.id, new Date("2024-10-02T00:00:00Z"))).toEqual({
      entries: 0,
      outcomes: 0,
      carryOvers: 0,
      settlements: 0,
    });
  });

  test("two time applications at once record each transition once", async () => {
    const { shop } = await usedTwoOfTen("America/New_York");
    await buyPack(shop.id, "25h", "2024-09-02T14:00:00Z");
    const at = new Date("2024-12-15T00:00:00Z");
    const runs = await Promise.all([applyTime(shop.id, at), applyTime(shop.id, at), applyTime(shop.id, at)]);
    // Due by then: the September pack's carried-in 2 h expire with it (Dec 2), its own 25 h when
    // its window closes (Dec 5), and it settles on delivered hours.
    expect(runs.reduce((sum, r) => sum + (r?.outcomes ?? 0), 0)).toBe(1);
    expect(runs.reduce((sum, r) => sum + (r?.settlements ?? 0), 0)).toBe(1);
    expect(runs.reduce((sum, r) => sum + (r?.entries ?? 0), 0)).toBe(2);
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id, kind: "expiry" } })).toBe(2);
    expect(await prisma.settlement.count({ where: { shopId: shop.id } })).toBe(2);
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("a write planned on a stale balance is refused whole", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const stale = await loadPacks(ledgerSql(), shop.id);
    await approvedQuote(shop.id, 2, "2024-06-02T12:00:00Z");
    const plan = planApprove(
      stale,
      "00000000-0000-4000-8000-000000000001",
      60,
      new Date("2024-06-02T12:00:00Z"),
    );
    if (!plan.ok) throw new Error(plan.message);
    const entriesBefore = await prisma.ledgerEntry.count({ where: { shopId: shop.id } });
    await expect(
      inLedgerTransaction([shop.id], (sql) =>
        persistPlan(sql, stale, plan, { shopId: shop.id, at: new Date() }),
      ),
    ).rejects.toBeInstanceOf(LedgerConflictError);
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id } })).toBe(entriesBefore);
    expect(await packRow(pack)).toMatchObject({ heldOwn: 120 });
  });
});

describe("a crash mid-transaction", () => {
  test("leaves nothing of the half-written change behind", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const packs = await loadPacks(ledgerSql(), shop.id);
    const plan = planApprove(
      packs,
      "00000000-0000-4000-8000-000000000002",
      120,
      new Date("2024-06-02T12:00:00Z"),
    );
    if (!plan.ok) throw new Error(plan.message);
    const crash = inLedgerTransaction([shop.id], async (sql) => {
      await persistPlan(sql, packs, plan, { shopId: shop.id, at: new Date() });
      throw new Error("process died here");
    });
    await expect(crash).rejects.toThrow("process died here");
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await packRow(pack)).toMatchObject({ heldOwn: 0, ownRemaining: 600 });
    expect(await checkLedger(shop.id)).toEqual([]);
  });
});

describe("consistency check", () => {
  test("stays clean through the seed's scenario and reports a tampered balance", async () => {
    const { shop, june } = await usedTwoOfTen();
    await buyPack(shop.id, "10h", "2024-09-02T12:00:00Z");
    await applyTime(shop.id, new Date("2024-09-10T00:00:00Z"));
    expect(await checkLedger(shop.id)).toEqual([]);
    // Simulate a bug that wrote a balance without its entry (the CHECK constraint still holds).
    await prisma.$executeRaw`UPDATE "Pack" SET "ownRemaining" = "ownRemaining" + 60, "usedOwn" = "usedOwn" - 60 WHERE id = ${june}::uuid`;
    expect(await checkLedger(shop.id)).toEqual([
      { shopId: shop.id, packId: june, field: "ownRemaining", stored: 60, fromEntries: 0 },
      { shopId: shop.id, packId: june, field: "usedOwn", stored: 420, fromEntries: 480 },
    ]);
  });

  test("the database refuses an overdrawn pack and any rewrite of an entry", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    await expect(
      prisma.$executeRaw`UPDATE "Pack" SET "heldOwn" = 601 WHERE id = ${pack}::uuid`,
    ).rejects.toThrow(/Pack_balances_valid/);
    await expect(
      prisma.$executeRaw`UPDATE "LedgerEntry" SET own = 1 WHERE "packId" = ${pack}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      prisma.$executeRaw`DELETE FROM "LedgerEntry" WHERE "packId" = ${pack}::uuid`,
    ).rejects.toThrow(/append-only/);
  });
});
