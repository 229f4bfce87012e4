// A purchase created inside a retention window and confirmed after the window closed still
// receives the expiring pack's minutes: the outcome never depends on when Shopify tells us.
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { recordPurchaseStatus } from "~/services/billing/purchases.server";
import { balanceSummary } from "~/services/ledger/read.server";
import { PENDING_PURCHASE_AWAIT_MS } from "~/ledger";
import { applyTime, applyTimeToShops } from "~/services/ledger/time.server";
import { buyPack, createShop, workDone } from "../../support/factories";

// P: 10 h paid Jun 1, 8 h used; expires Sep 1 00:00 UTC, window open until Sep 4 00:00.
async function shopWithP() {
  const shop = await createShop();
  const p = await buyPack(shop.id, "10h", new Date("2024-06-01T12:00:00Z"));
  await workDone(shop.id, { estimate: 480, actual: 480 }, new Date("2024-06-03T12:00:00Z"));
  return { shop, p };
}

async function pendingAt(shopId: string, createdAt: string, n: number) {
  return prisma.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/90${n}`,
      tier: "10h",
      priceCents: 95_000,
      currencyCode: "USD",
      test: true,
      purchasedAt: new Date(createdAt),
    },
  });
}

describe("a purchase confirmed after the retention window closed", () => {
  test.each([
    ["time applied to the shop", (shopId: string, at: Date) => applyTime(shopId, at)],
    [
      "time applied to a batch of shops (the sweep)",
      (shopId: string, at: Date) => applyTimeToShops([shopId], at),
    ],
  ])("still receives the carry-over when it was created inside the window, %s", async (_name, passTime) => {
    const { shop, p } = await shopWithP();
    await pendingAt(shop.id, "2024-09-03T23:50:00Z", 1);
    // Time runs past the window's end while Shopify has not confirmed yet.
    await passTime(shop.id, new Date("2024-09-04T06:00:00Z"));
    expect(await prisma.pack.findFirstOrThrow({ where: { id: p } })).toMatchObject({
      outcome: null,
      expired: 0,
    });
    const summary = await balanceSummary(shop.id, new Date("2024-09-04T06:00:00Z"));
    expect(summary?.packs.find((pack) => pack.id === p)?.expiredHours).toBe(0);

    await recordPurchaseStatus(
      shop.id,
      { shopifyPurchaseId: "gid://shopify/AppPurchaseOneTime/901", status: "ACTIVE" },
      new Date("2024-09-04T07:00:00Z"),
    );
    const n = await prisma.pack.findFirstOrThrow({ where: { shopId: shop.id, id: { not: p } } });
    expect(n).toMatchObject({ carriedIn: 120, carriedInFromId: p, paidAt: new Date("2024-09-03T23:50:00Z") });
    expect(await prisma.pack.findFirstOrThrow({ where: { id: p } })).toMatchObject({
      outcome: "carried",
      carriedOut: 120,
    });
    expect(await prisma.settlement.findFirstOrThrow({ where: { packId: p } })).toMatchObject({
      basis: "whole_pack",
      minutes: 600,
    });
  });

  test("when it is declined instead, the minutes expire as of the window's end", async () => {
    const { shop, p } = await shopWithP();
    await pendingAt(shop.id, "2024-09-03T23:50:00Z", 2);
    await applyTime(shop.id, new Date("2024-09-04T06:00:00Z"));
    await recordPurchaseStatus(
      shop.id,
      { shopifyPurchaseId: "gid://shopify/AppPurchaseOneTime/902", status: "DECLINED" },
      new Date("2024-09-04T07:00:00Z"),
    );
    await applyTime(shop.id, new Date("2024-09-04T08:00:00Z"));
    expect(await prisma.pack.findFirstOrThrow({ where: { id: p } })).toMatchObject({
      outcome: "expired",
      expired: 120,
    });
    const expiry = await prisma.ledgerEntry.findFirstOrThrow({ where: { packId: p, kind: "expiry" } });
    expect(expiry.at).toEqual(new Date("2024-09-04T00:00:00Z"));
  });

  test("a window does not await a purchase created after it", async () => {
    const { shop, p } = await shopWithP();
    await pendingAt(shop.id, "2024-09-04T00:10:00Z", 3);
    await applyTime(shop.id, new Date("2024-09-04T06:00:00Z"));
    expect(await prisma.pack.findFirstOrThrow({ where: { id: p } })).toMatchObject({ outcome: "expired" });
  });

  test("a window awaits a purchase left pending for at most a week", async () => {
    const { shop, p } = await shopWithP();
    await pendingAt(shop.id, "2024-09-03T23:50:00Z", 4);
    const later = new Date(new Date("2024-09-03T23:50:00Z").getTime() + PENDING_PURCHASE_AWAIT_MS + 1);
    await applyTime(shop.id, later);
    expect(await prisma.pack.findFirstOrThrow({ where: { id: p } })).toMatchObject({ outcome: "expired" });
  });
});
