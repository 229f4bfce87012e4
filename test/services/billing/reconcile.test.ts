import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { APP_PURCHASE_ONE_TIME } from "~/services/billing/admin-purchases.server";
import { reconcilePendingPurchases } from "~/services/billing/reconcile.server";
import { answer, mockAdminApi, sent, server } from "../../support/msw";
import { storeOfflineSession } from "../../support/shopify";
import { createShop } from "../../support/factories";

mockAdminApi();

const now = new Date("2026-03-03T00:00:00Z");

async function pending(shopId: string, id: string) {
  return prisma.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: id,
      tier: "75h",
      priceCents: 600_000,
      currencyCode: "USD",
      test: true,
      purchasedAt: new Date("2026-03-01T10:00:00Z"),
    },
  });
}

function shopifySays(statusOf: Record<string, string>) {
  return answer("AppPurchaseOneTime", (variables) => {
    const id = String(variables.id);
    return {
      node: {
        id,
        name: "75 hour pack",
        status: statusOf[id] ?? "PENDING",
        test: true,
        createdAt: "2026-03-01T10:00:00Z",
        price: { amount: "6000.0", currencyCode: "USD" },
      },
    };
  });
}

describe("reconciling pending purchases", () => {
  test("re-reads each pending purchase with node(id:) and credits, closes or leaves it", async () => {
    const shop = await createShop();
    await storeOfflineSession(shop.domain);
    const [a, b, c] = ["1001", "1002", "1003"].map((n) => `gid://shopify/AppPurchaseOneTime/${n}`);
    for (const id of [a, b, c]) await pending(shop.id, id!);
    server.use(shopifySays({ [a!]: "ACTIVE", [b!]: "EXPIRED" }));

    const summary = await reconcilePendingPurchases({ shopId: shop.id }, now);
    expect(summary).toEqual({ checked: 3, credited: 1, closed: 1, stillPending: 1, failures: [] });
    expect(sent.map((op) => op.query)).toEqual([
      APP_PURCHASE_ONE_TIME,
      APP_PURCHASE_ONE_TIME,
      APP_PURCHASE_ONE_TIME,
    ]);
    expect(sent.map((op) => op.variables)).toEqual([{ id: a }, { id: b }, { id: c }]);
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(1);

    // Running again re-reads only what is still pending and credits nothing twice.
    sent.length = 0;
    const again = await reconcilePendingPurchases({ shopId: shop.id }, now);
    expect(again).toMatchObject({ checked: 1, credited: 0, stillPending: 1 });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(1);
  });

  test("one shop's failure is reported and does not stop the others; uninstalled shops are skipped", async () => {
    const broken = await createShop();
    const fine = await createShop();
    const gone = await createShop();
    await prisma.shop.update({ where: { id: gone.id }, data: { uninstalledAt: now } });
    await storeOfflineSession(fine.domain);
    await pending(broken.id, "gid://shopify/AppPurchaseOneTime/2001");
    await pending(fine.id, "gid://shopify/AppPurchaseOneTime/2002");
    await pending(gone.id, "gid://shopify/AppPurchaseOneTime/2003");
    server.use(shopifySays({ "gid://shopify/AppPurchaseOneTime/2002": "ACTIVE" }));

    const summary = await reconcilePendingPurchases("all", now, async (domain) => {
      if (domain === broken.domain) throw new Error("no offline session");
      const { unauthenticated } = await import("~/shopify.server");
      return (await unauthenticated.admin(domain)).admin.graphql;
    });
    expect(summary.failures).toEqual([{ shop: broken.domain, message: "no offline session" }]);
    expect(await prisma.pack.count({ where: { shopId: fine.id } })).toBe(1);
    expect(sent.every((op) => op.shop !== gone.domain)).toBe(true);
  });
});
