import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { creditPurchase, importLegacyPack } from "~/services/ledger/purchases.server";
import { createShop, packRow } from "../../support/factories";

const purchase = (shopId: string, id = "1001") => ({
  shopId,
  shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/${id}`,
  tier: "25h",
  paidAt: new Date("2024-06-01T12:00:00Z"),
});

describe("crediting a purchase", () => {
  test("creates a pack with the tier's minutes, price and expiry in the shop's time zone", async () => {
    const shop = await createShop({ timezone: "Pacific/Auckland" });
    const result = await creditPurchase(purchase(shop.id));
    expect(result).toMatchObject({ ok: true, created: true });
    const pack = await packRow(result.ok ? result.packId : "");
    expect(pack).toMatchObject({
      ownMinutes: 1500,
      ownRemaining: 1500,
      priceCents: 225_000,
      currencyCode: "USD",
    });
    // 2024-06-02 00:00 in Auckland (paid on the local June 2nd) + 3 months.
    expect(pack.expiresAt).toEqual(new Date("2024-09-01T12:00:00Z"));
  });

  test("crediting the same purchase again is a no-op that returns the same pack", async () => {
    const shop = await createShop();
    const first = await creditPurchase(purchase(shop.id));
    const again = await creditPurchase(purchase(shop.id));
    expect(again).toEqual({ ok: true, packId: first.ok && first.packId, created: false });
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id } })).toBe(1);
  });

  test("the same purchase credited by two callers at once is credited once", async () => {
    const shop = await createShop();
    const results = await Promise.all([1, 2, 3, 4].map(() => creditPurchase(purchase(shop.id))));
    const packIds = new Set(results.map((r) => (r.ok ? r.packId : null)));
    expect(packIds.size).toBe(1);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("an unknown tier is refused with a stable code and nothing is written", async () => {
    const shop = await createShop();
    const result = await creditPurchase({ ...purchase(shop.id), tier: "100h" });
    expect(result).toMatchObject({ ok: false, code: "unknown_pack_tier" });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("purchase ids are scoped per shop", async () => {
    const [a, b] = [await createShop(), await createShop()];
    const first = await creditPurchase(purchase(a.id));
    const second = await creditPurchase(purchase(b.id));
    expect(first.ok && second.ok && first.packId !== second.packId).toBe(true);
  });
});

describe("importing a legacy pack", () => {
  test("a pack paid before 2024 never expires and keeps the minutes used before the import", async () => {
    const shop = await createShop();
    const at = new Date("2026-01-10T00:00:00Z");
    const result = await importLegacyPack(
      {
        shopId: shop.id,
        tier: "50h",
        paidAt: new Date("2023-11-15T10:00:00Z"),
        usedMinutes: 600,
        reference: "old-7",
      },
      at,
    );
    expect(result).toMatchObject({ ok: true, created: true });
    const pack = await packRow(result.ok ? result.packId : "");
    expect(pack).toMatchObject({ expiresAt: null, ownRemaining: 2400, usedOwn: 600, source: "import" });
    const again = await importLegacyPack(
      { shopId: shop.id, tier: "50h", paidAt: new Date("2023-11-15T10:00:00Z"), reference: "old-7" },
      at,
    );
    expect(again).toMatchObject({ ok: true, created: false });
  });

  test("an import paid in 2024 keeps its original expiry, so time settles it at once", async () => {
    const shop = await createShop();
    const result = await importLegacyPack(
      {
        shopId: shop.id,
        tier: "10h",
        paidAt: new Date("2024-02-01T10:00:00Z"),
        usedMinutes: 120,
        reference: "feb",
      },
      new Date("2024-08-01T00:00:00Z"),
    );
    const pack = await packRow(result.ok ? result.packId : "");
    expect(pack).toMatchObject({ expired: 480, outcome: "expired" });
    expect(pack.settlement).toMatchObject({ basis: "delivered", minutes: 120 });
  });

  test("used minutes beyond the pack are refused and nothing is written", async () => {
    const shop = await createShop();
    const result = await importLegacyPack(
      {
        shopId: shop.id,
        tier: "10h",
        paidAt: new Date("2023-05-01T00:00:00Z"),
        usedMinutes: 601,
        reference: "x",
      },
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(result).toMatchObject({ ok: false, code: "invalid_hours" });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });
});
