import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { loader } from "~/routes/app.purchases.$purchaseId";
import { APP_PURCHASE_ONE_TIME } from "~/services/billing/admin-purchases.server";
import { answer, mockAdminApi, sent, server } from "../support/msw";
import { adminRequest, callRoute } from "../support/routes";
import { installedShop } from "../support/factories";

mockAdminApi();

let n = 0;
async function pendingPurchase(shopId: string) {
  n += 1;
  return prisma.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/5${n}`,
      tier: "50h",
      priceCents: 425_000,
      currencyCode: "USD",
      test: true,
      purchasedAt: new Date("2026-03-01T10:00:00Z"),
    },
  });
}

const shopifySays = (status: string) =>
  answer("AppPurchaseOneTime", (variables) => ({
    node: {
      id: variables.id,
      name: "50 hour pack",
      status,
      test: true,
      createdAt: "2026-03-01T10:00:00Z",
      price: { amount: "4250.0", currencyCode: "USD" },
    },
  }));

async function open(shop: string, purchaseId: string) {
  const request = await adminRequest(shop, `/app/purchases/${purchaseId}?charge_id=5`);
  return callRoute(loader, request, { purchaseId });
}

describe("the page Shopify returns the merchant to", () => {
  test("reads the purchase and credits the hours once when it is ACTIVE", async () => {
    const shop = await installedShop();
    const purchase = await pendingPurchase(shop.id);
    server.use(shopifySays("ACTIVE"));
    const first = await open(shop.domain, purchase.id);
    expect(first.data).toMatchObject({ status: "ACTIVE", hours: 50 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      query: APP_PURCHASE_ONE_TIME,
      variables: { id: purchase.shopifyPurchaseId },
    });
    const pack = await prisma.pack.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(first.data.packId).toBe(pack.id);
    expect(pack.paidAt).toEqual(purchase.purchasedAt);

    // Reloading shows the same result without asking Shopify again or crediting twice.
    const again = await open(shop.domain, purchase.id);
    expect(again.data).toMatchObject({ status: "ACTIVE", packId: pack.id });
    expect(sent).toHaveLength(1);
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(1);
  });

  test("a declined purchase gets its own page and no hours", async () => {
    const shop = await installedShop();
    const purchase = await pendingPurchase(shop.id);
    server.use(shopifySays("DECLINED"));
    expect((await open(shop.domain, purchase.id)).data).toMatchObject({ status: "DECLINED", packId: null });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("a purchase Shopify has not confirmed yet says so and credits nothing", async () => {
    const shop = await installedShop();
    const purchase = await pendingPurchase(shop.id);
    server.use(shopifySays("PENDING"));
    expect((await open(shop.domain, purchase.id)).data).toMatchObject({ status: "PENDING" });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("another shop's purchase id answers 404 and asks Shopify nothing", async () => {
    const owner = await installedShop();
    const other = await installedShop();
    const purchase = await pendingPurchase(owner.id);
    const answerOf = await open(other.domain, purchase.id);
    expect(answerOf.status).toBe(404);
    expect(sent).toHaveLength(0);
    expect((await open(other.domain, "not-a-uuid")).status).toBe(404);
  });
});
