import { describe, expect, test, vi } from "vitest";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { completeQuote } from "~/services/quotes/commands.server";
import { shopsNeedingTime } from "~/services/ledger/time.sql.server";
import { sweep } from "~/services/sweep.server";
import type * as TimeService from "~/services/ledger/time.server";
import { approvedQuote, buyPack, createShop, packRow } from "../support/factories";

// Lets a test make applying time fail for chosen shops, as a broken shop's data would.
const failing = vi.hoisted(() => new Set<string>());
vi.mock("~/services/ledger/time.server", async (original) => {
  const real = await original<typeof TimeService>();
  return {
    ...real,
    applyTimeToShops: async (ids: string[], at: Date) => {
      if (ids.some((id) => failing.has(id))) throw new Error("batch failed");
      return real.applyTimeToShops(ids, at);
    },
    applyTime: async (id: string, at: Date) => {
      if (failing.has(id)) throw new Error(`shop ${id} is broken`);
      return real.applyTime(id, at);
    },
  };
});

/** The seed's P: 10 h paid Jun 1 2024, 8 h used; expires Sep 1, window closes Sep 4. */
async function usedEightOfTen() {
  const shop = await createShop();
  const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
  const quote = await approvedQuote(shop.id, 8, "2024-06-02T12:00:00Z");
  await completeQuote(shop.id, quote, { hours: 8 }, new Date("2024-06-20T12:00:00Z"));
  return { shop, pack };
}

const transitions = (shopId: string) =>
  prisma.ledgerEntry.count({ where: { shopId, kind: { in: ["expiry", "carry_out", "carry_in"] } } });

describe("the sweep", () => {
  test("selects only shops with packs time still has something to record for", async () => {
    const { shop } = await usedEightOfTen();
    const fresh = await createShop();
    await buyPack(fresh.id, "25h", "2024-08-20T12:00:00Z");
    expect(await shopsNeedingTime(new Date("2024-08-31T00:00:00Z"))).not.toContain(shop.id);
    const due = await shopsNeedingTime(new Date("2024-09-05T00:00:00Z"));
    expect(due).toContain(shop.id);
    expect(due).not.toContain(fresh.id);
    await sweep(new Date("2024-09-05T00:00:00Z"));
    expect(await shopsNeedingTime(new Date("2024-09-06T00:00:00Z"))).not.toContain(shop.id);
  });

  test("run twice, it records each expiry and settlement once", async () => {
    const { shop, pack } = await usedEightOfTen();
    const at = new Date("2024-09-10T00:00:00Z");
    const first = await sweep(at);
    expect(first).toMatchObject({ shops: 1, outcomes: 1, settlements: 1, failedShops: 0 });
    const second = await sweep(new Date("2024-09-11T00:00:00Z"));
    expect(second).toMatchObject({ shops: 0, entries: 0, outcomes: 0, settlements: 0 });
    expect(await transitions(shop.id)).toBe(1);
    expect((await packRow(pack)).settlement).toMatchObject({ basis: "delivered", minutes: 480 });
  });

  test("two sweeps at once record each carry-over and settlement once", async () => {
    const shops = await Promise.all([usedEightOfTen(), usedEightOfTen(), usedEightOfTen()]);
    // An early renewal: P's minutes move into it when P expires, which only the sweep records.
    for (const { shop } of shops) await buyPack(shop.id, "10h", "2024-08-25T12:00:00Z");
    const at = new Date("2024-09-10T00:00:00Z");
    const runs = await Promise.all([sweep(at, { batchSize: 2 }), sweep(at, { batchSize: 1 })]);
    expect(runs[0]!.carryOvers + runs[1]!.carryOvers).toBe(3);
    expect(runs[0]!.settlements + runs[1]!.settlements).toBe(3);
    for (const { shop, pack } of shops) {
      expect(await transitions(shop.id)).toBe(2); // carry-out and carry-in
      expect((await packRow(pack)).settlement).toMatchObject({ basis: "whole_pack", minutes: 600 });
      expect(await checkLedger(shop.id)).toEqual([]);
    }
  });

  test("a shop that fails is reported and the rest of its batch is still recorded", async () => {
    const good = await usedEightOfTen();
    const bad = await usedEightOfTen();
    failing.add(bad.shop.id);
    const failures: string[] = [];
    const summary = await sweep(new Date("2024-09-10T00:00:00Z"), {
      onShopFailure: (shopId, error) => failures.push(`${shopId}: ${(error as Error).message}`),
    });
    failing.clear();
    expect(failures).toEqual([`${bad.shop.id}: shop ${bad.shop.id} is broken`]);
    expect(summary).toMatchObject({ shops: 2, batches: 1, failedShops: 1, settlements: 1 });
    expect((await packRow(good.pack)).settlement).not.toBeNull();
    expect((await packRow(bad.pack)).settlement).toBeNull();
  });

  test("a window a pending purchase may still claim stays open through a batched sweep", async () => {
    const { shop, pack } = await usedEightOfTen();
    await prisma.appPurchase.create({
      data: {
        shopId: shop.id,
        shopifyPurchaseId: "gid://shopify/AppPurchaseOneTime/pending-1",
        tier: "10h",
        priceCents: 95_000,
        currencyCode: "USD",
        test: true,
        purchasedAt: new Date("2024-09-03T10:00:00Z"),
      },
    });
    await sweep(new Date("2024-09-05T00:00:00Z"));
    expect(await packRow(pack)).toMatchObject({ outcome: null, ownRemaining: 120, settlement: null });
  });
});
